using NodaTime;
using NodaTime.Testing;
using PropertyService.Fees;

namespace PropertyService.Repairs;

/// <summary>People, requests and helpers that drive a ticket through the workflow in tests.</summary>
internal sealed class RepairFixture
{
    public static readonly SiteId Site = new("SZ-01");
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly Actor Officer = new("O1", "王客服", Site, Role.Officer);
    public static readonly Actor Officer2 = new("O2", "李客服", Site, Role.Officer);
    public static readonly Actor ServiceSupervisor = new("SS1", "张主管", Site, Role.ServiceSupervisor);
    public static readonly Actor ServiceManager = new("SM1", "赵经理", Site, Role.ServiceManager);
    public static readonly Actor SiteManager = new("MG1", "钱经理", Site, Role.SiteManager);
    public static readonly Actor EngineeringSupervisor = new("ES1", "孙工", Site, Role.EngineeringSupervisor);
    public static readonly Actor Technician = new("T1", "周师傅", Site, Role.Technician);
    public static readonly Actor Technician2 = new("T2", "吴师傅", Site, Role.Technician);
    public static readonly Actor ResidentActor = new("R1", "陈女士", Site, Role.Resident);
    public static readonly Actor OtherSiteOfficer = new("X1", "外站", new SiteId("GZ-02"), Role.Officer);

    public static readonly Resident Owner = new("陈女士", ContactPhone.Parse("13812345678"), isOwner: true) { Id = "R1" };
    public static readonly Resident Tenant = new("陈先生", ContactPhone.Parse("13912345678"), isOwner: false) { Id = "R2" };
    public static readonly Actor TenantActor = new("R2", "陈先生", Site, Role.Resident);

    /// <summary>The tenant reports; the owner is recorded in the site's register (RP-16: the owner signs).</summary>
    public static RepairRequest TenantReports =>
        new RepairRequest(RepairChannel.Call, Tenant, Tenant.Phone, Unit, RepairCategory.Unit, "Kitchen tap drips") { FeeItemCodes = ["S-01"], UnitOwners = [Owner] };

    public static readonly Location Unit = Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen");

    public static readonly Instant Start = Instant.FromUtc(2026, 11, 27, 2, 0); // 10:00 in Shanghai

    public FakeClock Clock { get; } = new(Start, Duration.FromMinutes(1));
    public InMemoryWorkOrderNumberSource Numbers { get; } = new();
    public FakeFeeEvaluator Fees { get; } = new();
    private int _next;

    public Instant Now => Clock.GetCurrentInstant();

    public static RepairRequest Request(params string[] codes) =>
        new(RepairChannel.Call, Owner, Owner.Phone, Unit, RepairCategory.Unit, "Kitchen tap drips") { FeeItemCodes = codes };

    public RepairTicket Report(RepairRequest? request = null, Actor? by = null) =>
        RepairTicket.Report($"RT-{++_next}", request ?? Request("S-01"), by ?? Officer, Now).Value.Aggregate;

    public static IReadOnlyList<DomainEvent> Ok(Result<IReadOnlyList<DomainEvent>> result)
    {
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    public static Rejection Rejected(Result<IReadOnlyList<DomainEvent>> result)
    {
        Assert.True(result.IsRejected, "Expected a rejection but the command succeeded.");
        return result.Rejection!;
    }

    public RepairTicket AwaitingCollection(RepairRequest? request = null)
    {
        var t = Report(request);
        Ok(t.IssueWorkOrder(Officer, Numbers, Now));
        Ok(t.NotifyEngineering(Officer, Now));
        return t;
    }

    public void Collect(RepairTicket t, Actor? by = null) =>
        Ok(t.Collect(by ?? EngineeringSupervisor, t.CreateQuoteRequest(Zone), Fees, Now));

    public RepairTicket ReadyToAssign(RepairRequest? request = null)
    {
        var t = AwaitingCollection(request ?? Request("S-01"));
        Collect(t);
        Assert.Equal(RepairState.ReadyToAssign, t.State);
        return t;
    }

    public RepairTicket AwaitingAssessment(RepairRequest? request = null)
    {
        var t = AwaitingCollection(request is null ? Request("X-99") : request with { FeeItemCodes = ["X-99"] });
        Collect(t);
        Assert.Equal(RepairState.AwaitingAssessment, t.State);
        return t;
    }

    public static AssessedLine[] Lines(decimal yuan = 120m) =>
        [new AssessedLine("Replace the corroded pipe section", Money.Yuan(yuan), Money.Yuan(0), Payer.Resident)];

    public RepairTicket AwaitingDecision(RepairRequest? request = null)
    {
        var t = AwaitingAssessment(request);
        Ok(t.Assess(EngineeringSupervisor, Lines(), Fees, Now));
        return t;
    }

    public RepairTicket OnSite(RepairRequest? request = null)
    {
        var t = ReadyToAssign(request);
        Ok(t.Assign(EngineeringSupervisor, Technician, Now));
        Ok(t.Arrive(Technician, Now));
        return t;
    }

    public RepairTicket WorkCompleted(RepairRequest? request = null)
    {
        var t = OnSite(request);
        Ok(t.CompleteWork(Technician, "Washer replaced", Now));
        return t;
    }

    public RepairTicket SignedOff()
    {
        var t = WorkCompleted();
        Ok(t.SignOff(ResidentActor, Owner, Now));
        return t;
    }

    public RepairTicket LoggedAtNight()
    {
        var t = Report(Request("S-01"), Technician);
        Assert.Equal(RepairState.LoggedAtNight, t.State);
        return t;
    }
}
