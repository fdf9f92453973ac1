using NodaTime;
using NodaTime.Testing;

namespace PropertyService.HelpRequests;

/// <summary>Actors, a clock (whose instant every command is given) and shortcuts that drive a help request to a given state through its public commands.</summary>
internal sealed class HelpRequestFixture
{
    internal static readonly SiteId Site = new("SZ-VK-01");
    internal static readonly Actor Officer = new("E01", "王小明", Site, Role.Officer);
    internal static readonly Actor OtherOfficer = new("E02", "李丽", Site, Role.Officer);
    internal static readonly Actor Supervisor = new("S01", "张主管", Site, Role.ServiceSupervisor);
    internal static readonly Actor Manager = new("M01", "陈经理", Site, Role.ServiceManager);
    internal static readonly Actor SiteManager = new("G01", "刘处长", Site, Role.SiteManager);
    internal static readonly Actor Technician = new("T01", "赵师傅", Site, Role.Technician);
    internal static readonly Actor ResidentActor = new("R01", "业主周先生", Site, Role.Resident);
    internal static readonly Actor ForeignOfficer = new("E09", "外站客服", new SiteId("GZ-VK-02"), Role.Officer);
    internal static readonly Location Address = Location.InUnit(new UnitAddress("3", "2", "1201"));
    internal static readonly ContactPhone Phone = ContactPhone.Parse("138 1234 5678");

    internal FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 27, 2, 0));

    /// <summary>The clock's current instant: the time the next command is dated.</summary>
    internal Instant Now => Clock.GetCurrentInstant();

    internal List<DomainEvent> Events { get; } = [];

    internal HelpRequest Receive(HelpKind kind, bool isMajor = false, Actor? officer = null)
    {
        var (request, events) = HelpRequest.Receive("H-1", officer ?? Officer, kind, Now, isMajor).Value;
        Events.AddRange(events);
        return request;
    }

    internal HelpRequest WithContact(HelpKind kind, bool isMajor = false)
    {
        var request = Receive(kind, isMajor);
        Ok(request.RecordContact(Officer, Address, Phone, Now));
        return request;
    }

    internal HelpRequest InProgress(HelpKind kind = HelpKind.GeneralHelp)
    {
        var request = WithContact(kind);
        Ok(request.RecordWishes(Officer, "Please keep a parcel until 20:00.", Now));
        return request;
    }

    internal HelpRequest Escalated(Role level = Role.ServiceSupervisor, HelpKind kind = HelpKind.GeneralHelp)
    {
        var request = InProgress(kind);
        Ok(request.Escalate(Officer, level, "Can we keep a parcel overnight?", Now));
        return request;
    }

    internal HelpRequest Handled()
    {
        var request = InProgress();
        Ok(request.Answer(Officer, "Parcel kept at the front desk.", Now));
        return request;
    }

    internal IReadOnlyList<DomainEvent> Ok(Result<IReadOnlyList<DomainEvent>> result)
    {
        Assert.True(result.IsSuccess, result.ToString());
        Events.AddRange(result.Value);
        Clock.AdvanceMinutes(1);
        return result.Value;
    }

    internal static Rejection Rejected(Result<IReadOnlyList<DomainEvent>> result, string code, string ruleId)
    {
        Assert.True(result.IsRejected, "expected a rejection but the command succeeded");
        Assert.Equal(code, result.Rejection.Code);
        Assert.Equal(ruleId, result.Rejection.RuleId);
        return result.Rejection;
    }
}
