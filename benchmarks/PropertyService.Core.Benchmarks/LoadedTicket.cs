using NodaTime;
using PropertyService.Fees;
using PropertyService.Repairs;

namespace PropertyService.Benchmarks;

/// <summary>The repair ticket the benchmarks load: reported, collected, worked, rejected once, completed again (10 events).</summary>
internal static class LoadedTicket
{
    internal static readonly SiteId Site = new("SZ-01");
    internal static readonly Actor Officer = new("O1", "Officer", Site, Role.Officer);
    internal static readonly Actor Supervisor = new("ES1", "Engineering supervisor", Site, Role.EngineeringSupervisor);
    internal static readonly Actor Technician = new("T1", "Technician", Site, Role.Technician);
    internal static readonly Actor ResidentActor = new("R1", "Resident", Site, Role.Resident);
    internal static readonly Resident Owner = new("Owner", ContactPhone.Parse("13812345678"), isOwner: true) { Id = "R1" };
    internal static readonly Instant At = Instant.FromUtc(2026, 11, 27, 2, 0);

    /// <summary>The ticket after the second completion: its last event is <see cref="WorkCompleted"/>.</summary>
    internal static RepairTicket Build()
    {
        var request = new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Location.InUnit(new UnitAddress("3", "2", "1201")), RepairCategory.Unit, "Tap drips")
        {
            FeeItemCodes = ["S-01"],
            ResidentSuppliesMaterials = true,
        };
        var t = RepairTicket.Report("RT-1", request, Officer, At).Value.Aggregate;
        Check(t.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), At));
        Check(t.NotifyEngineering(Officer, At));
        Check(t.Collect(Technician, t.CreateQuoteRequest(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]), new ScheduleOnly(), At));
        Check(t.Assign(Supervisor, Technician, At));
        Check(t.Arrive(Technician, At));
        Check(t.CheckMaterials(Technician, MaterialCheckResult.Qualified, "ok", At));
        Check(t.CompleteWork(Technician, null, At));
        Check(t.RejectWork(ResidentActor, Owner, "Still drips", At));
        Check(t.CompleteWork(Technician, null, At));
        return t;
    }

    internal static void Check(Result<IReadOnlyList<DomainEvent>> result)
    {
        if (result.IsRejected)
        {
            throw new InvalidOperationException(result.Rejection.ToString());
        }
    }

    /// <summary>Prices every item from a one-line schedule.</summary>
    private sealed class ScheduleOnly : IFeeEvaluator
    {
        public FeeEvaluation Evaluate(QuoteRequest request) =>
            new Quote(request, request.Items.Select(i => new QuoteLine(i.ItemCode, "Replace tap washer", i.Quantity, Money.Yuan(20), Money.Yuan(5), Payer.Resident, "unit repair")), []);

        public FeeEvaluation Assess(FeeAssessment assessment) => throw new NotSupportedException();
    }
}
