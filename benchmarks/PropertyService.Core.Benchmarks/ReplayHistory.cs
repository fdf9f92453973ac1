using NodaTime;
using PropertyService.Fees;
using PropertyService.HelpRequests;
using PropertyService.Repairs;

namespace PropertyService.Benchmarks;

/// <summary>
/// A month of one busy site as its store holds it: repair tickets and help requests going through their workflows with
/// realistic delays (most targets met, some late, some still open at the end), every event in the order it happened.
/// Deterministic: the same seed gives the same history.
/// </summary>
internal static class ReplayHistory
{
    internal static readonly SiteId Site = new("SZ-01");
    internal static readonly Instant Start = Instant.FromUtc(2026, 11, 1, 0, 0);

    private static readonly Actor Officer = new("O1", "Officer", Site, Role.Officer);
    private static readonly Actor Supervisor = new("ES1", "Engineering supervisor", Site, Role.EngineeringSupervisor);
    private static readonly Actor ServiceSupervisor = new("SS1", "Service supervisor", Site, Role.ServiceSupervisor);
    private static readonly Actor Technician = new("T1", "Technician", Site, Role.Technician);
    private static readonly Actor ResidentActor = new("R1", "Resident", Site, Role.Resident);
    private static readonly Resident Owner = new("Owner", ContactPhone.Parse("13812345678"), isOwner: true) { Id = "R1" };
    private static readonly Location Unit = Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen");
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly IFeeEvaluator Fees = new ScheduleFees();

    /// <summary>The first <paramref name="count"/> events of the site's month, in the order they happened.</summary>
    /// <param name="count">How many events; the month has more, and each aggregate keeps a prefix of its history.</param>
    /// <param name="seed">The seed of the delays and paths.</param>
    internal static DomainEvent[] Build(int count, int seed = 42)
    {
        var random = new Random(seed);
        var numbers = new InMemoryWorkOrderNumberSource();
        var events = new List<DomainEvent>(count + 16_384);
        for (var i = 0; events.Count < count * 1.2; i++)
        {
            // A new case every 4 minutes on average, around the clock.
            var at = Start + Duration.FromSeconds(i * 240 + random.Next(240));
            var path = random.Next(100);
            events.AddRange(path switch
            {
                < 55 => ScheduledRepair($"RT-{i}", at, random, numbers, appointment: false),
                < 65 => ScheduledRepair($"RT-{i}", at, random, numbers, appointment: true),
                < 78 => AssessedRepair($"RT-{i}", at, random, numbers),
                < 82 => CancelledRepair($"RT-{i}", at, random, numbers),
                < 94 => HelpRequestAnswered($"HR-{i}", at, random),
                _ => WrittenInquiry($"HR-{i}", at, random),
            });
        }

        // The store's order: by time, each aggregate's events in version order (their times never go backwards).
        return [.. events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Version).Take(count)];
    }

    private static IEnumerable<DomainEvent> ScheduledRepair(string id, Instant at, Random random, InMemoryWorkOrderNumberSource numbers, bool appointment)
    {
        var request = new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, RepairCategory.Unit, "Tap drips")
        {
            FeeItemCodes = ["S-01"],
            Appointment = appointment ? at + Duration.FromMinutes(60 + random.Next(180)) : null,
        };
        var (t, first) = RepairTicket.Report(id, request, Officer, at).Value;
        var history = new List<DomainEvent>(first);
        at = Later(at, random, 20, 240);
        Step(history, t.IssueWorkOrder(Officer, numbers, at));
        at = Later(at, random, 10, 150);
        Step(history, t.NotifyEngineering(Officer, at));
        at = Later(at, random, 60, 600);
        Step(history, t.Collect(Supervisor, t.CreateQuoteRequest(Zone), Fees, at));
        at = Later(at, random, 30, 240);
        Step(history, t.Assign(Supervisor, Technician, at));
        var arrive = request.Appointment is { } appointed ? appointed - Duration.FromMinutes(15) + Duration.FromSeconds(random.Next(1200)) : Later(at, random, 60, 480);
        at = arrive > at ? arrive : at;
        Step(history, t.Arrive(Technician, at));
        at = Later(at, random, 1200, 5400);
        Step(history, t.CompleteWork(Technician, null, at));
        at = Later(at, random, 60, 600);
        Step(history, t.SignOff(ResidentActor, Owner, at));
        Step(history, t.FollowUp(Officer, Satisfaction.Satisfied, null, Later(at, random, 3600, 86_400)));
        return history;
    }

    private static IEnumerable<DomainEvent> AssessedRepair(string id, Instant at, Random random, InMemoryWorkOrderNumberSource numbers)
    {
        var request = new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, RepairCategory.Water, "Pipe leaks") { FeeItemCodes = ["X-99"] };
        var (t, first) = RepairTicket.Report(id, request, Officer, at).Value;
        var history = new List<DomainEvent>(first);
        at = Later(at, random, 20, 240);
        Step(history, t.IssueWorkOrder(Officer, numbers, at));
        at = Later(at, random, 10, 150);
        Step(history, t.NotifyEngineering(Officer, at));
        at = Later(at, random, 60, 600);
        Step(history, t.Collect(Supervisor, t.CreateQuoteRequest(Zone), Fees, at));
        at = Later(at, random, 240, 1080);
        Step(history, t.Assess(Supervisor, [new AssessedLine("Replace the pipe section", Money.Yuan(120), Money.Yuan(0), Payer.Resident)], Fees, at));
        at = Later(at, random, 120, 1800);
        Step(history, t.AcceptQuote(ResidentActor, Owner, QuoteAnswerChannel.Phone, at));
        at = Later(at, random, 30, 240);
        Step(history, t.Assign(Supervisor, Technician, at));
        at = Later(at, random, 60, 480);
        Step(history, t.Arrive(Technician, at));
        at = Later(at, random, 1800, 7200);
        Step(history, t.CompleteWork(Technician, null, at));
        at = Later(at, random, 60, 600);
        Step(history, t.SignOff(ResidentActor, Owner, at));
        Step(history, t.FollowUp(Officer, Satisfaction.Satisfied, null, Later(at, random, 3600, 86_400)));
        return history;
    }

    private static IEnumerable<DomainEvent> CancelledRepair(string id, Instant at, Random random, InMemoryWorkOrderNumberSource numbers)
    {
        var request = new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, RepairCategory.Unit, "Door squeaks") { FeeItemCodes = ["S-02"] };
        var (t, first) = RepairTicket.Report(id, request, Officer, at).Value;
        var history = new List<DomainEvent>(first);
        at = Later(at, random, 20, 240);
        Step(history, t.IssueWorkOrder(Officer, numbers, at));
        Step(history, t.Cancel(Officer, "The resident fixed it", Later(at, random, 60, 900)));
        return history;
    }

    private static IEnumerable<DomainEvent> HelpRequestAnswered(string id, Instant at, Random random)
    {
        var (r, first) = HelpRequest.Receive(id, Officer, HelpKind.GeneralHelp, at).Value;
        var history = new List<DomainEvent>(first);
        at = Later(at, random, 10, 60);
        Step(history, r.RecordContact(Officer, Unit, Owner.Phone, at));
        at = Later(at, random, 30, 120);
        Step(history, r.RecordWishes(Officer, "Keep a parcel until 20:00", at));
        at = Later(at, random, 60, 600);
        Step(history, r.Escalate(Officer, Role.ServiceSupervisor, "May we keep it overnight?", at));
        at = Later(at, random, 60, 600);
        Step(history, r.Instruct(ServiceSupervisor, "Yes, in the locked cabinet", at));
        at = Later(at, random, 30, 300);
        Step(history, r.Answer(Officer, "Kept at the front desk", at));
        at = Later(at, random, 600, 7200);
        Step(history, r.FollowUp(Officer, Satisfaction.Satisfied, null, at));
        Step(history, r.Close(Officer, Later(at, random, 10, 120)));
        return history;
    }

    private static IEnumerable<DomainEvent> WrittenInquiry(string id, Instant at, Random random)
    {
        var (r, first) = HelpRequest.Receive(id, Officer, HelpKind.WrittenInquiry, at).Value;
        var history = new List<DomainEvent>(first);
        at = Later(at, random, 10, 60);
        Step(history, r.RecordContact(Officer, Unit, Owner.Phone, at));
        at = Later(at, random, 30, 120);
        Step(history, r.RecordWishes(Officer, "Why was the fee raised?", at));
        at = Later(at, random, 3600, 60 * 3600);
        Step(history, r.ReplyInWriting(ServiceSupervisor, "The schedule of 2026 applies", at));
        at = Later(at, random, 600, 7200);
        Step(history, r.FollowUp(Officer, Satisfaction.Satisfied, null, at));
        Step(history, r.Close(Officer, Later(at, random, 10, 120)));
        return history;
    }

    private static Instant Later(Instant at, Random random, int minSeconds, int maxSeconds) => at + Duration.FromSeconds(random.Next(minSeconds, maxSeconds));

    private static void Step(List<DomainEvent> history, Result<IReadOnlyList<DomainEvent>> result)
    {
        if (result.IsRejected)
        {
            throw new InvalidOperationException($"The benchmark history took a step the workflow refuses: {result.Rejection}");
        }

        history.AddRange(result.Value);
    }

    /// <summary>Items starting with S are in the schedule; anything else is assessed (RP-14).</summary>
    private sealed class ScheduleFees : IFeeEvaluator
    {
        public FeeEvaluation Evaluate(QuoteRequest request)
        {
            var unscheduled = request.Items.Where(i => !i.ItemCode.StartsWith('S')).Select(i => i.ItemCode).ToArray();
            return unscheduled.Length > 0
                ? new RequiresAssessment(request, unscheduled)
                : new Quote(request, request.Items.Select(i => new QuoteLine(i.ItemCode, "Scheduled repair", i.Quantity, Money.Yuan(30), Money.Zero(), Payer.Resident, "unit repair")), []);
        }

        public FeeEvaluation Assess(FeeAssessment assessment) =>
            new Quote(assessment.Request, assessment.Lines.Select(l => new QuoteLine(l.ItemCode, l.Description, 1, l.Labour, l.Material, l.Payer, "assessed", true)), [], null, assessment.Assessor, assessment.AssessedAt);
    }
}
