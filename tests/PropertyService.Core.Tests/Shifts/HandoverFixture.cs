using NodaTime;
using NodaTime.Testing;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

/// <summary>
/// The night of Monday 2 March 2026 handed over to Tuesday's morning: 陈师傅 (night, technician) to 李娜 (morning, officer),
/// with the site's tools. The clock starts at 08:00 on Tuesday, 30 minutes before the morning shift.
/// </summary>
public sealed class HandoverFixture
{
    public static readonly Actor Supervisor = new("S01", "张主管", Site, Role.ServiceSupervisor);
    public static readonly Actor Stranger = new("X1", "外站", new SiteId("GZ-02"), Role.Officer);
    public static readonly Tool Multimeter = new("MM-01", "万用表 multimeter", Money.Yuan(380m));
    public static readonly Tool Ladder = new("LD-01", "人字梯 ladder", Money.Yuan(260m));
    public static readonly Tool Torch = new("TC-01", "手电筒 torch", Money.Yuan(45.5m));

    public HandoverFixture()
    {
        Roster = Week().Build();
        Night = Roster.Shifts.Single(s => s.Name == DutyRosterDefaults.NightShift && s.Date == new LocalDate(2026, 3, 2));
        Morning = Roster.NextShiftChange(Night.Start)!;
        Clock = new FakeClock(At(3, 3, 8, 0));
        Inventory = new ToolInventory(Site, [Multimeter, Ladder, Torch]);
    }

    public DutyRoster Roster { get; }

    public Shift Night { get; }

    public Shift Morning { get; }

    /// <summary>陈师傅, on the night of 2 March.</summary>
    public Actor Outgoing => Chen;

    /// <summary>李娜, on the morning of 3 March.</summary>
    public Actor Incoming => Li;

    public FakeClock Clock { get; }

    public Instant Now => Clock.GetCurrentInstant();

    public ToolInventory Inventory { get; set; }

    public List<DomainEvent> Events { get; } = [];

    public ShiftHandover Schedule(ShiftHandoverOptions? options = null)
    {
        var (handover, events) = Ok(ShiftHandover.Schedule("HO-1", Night, Outgoing, Morning, Incoming, Supervisor, At(3, 2, 17, 30), options));
        Events.AddRange(events);
        return handover;
    }

    /// <summary>A handover taken through every step to an accepted post, with the items given.</summary>
    public ShiftHandover ToAcceptedPost(params HandoverItem[] items)
    {
        var handover = Schedule();
        Record(handover.Arrive(Incoming, Now));
        Record(handover.HandOverItems(Outgoing, items, Tick()));
        Record(handover.CountTools(Incoming, Inventory, Inventory.Tools.Select(t => t.Code), Tick()));
        Record(handover.InspectPost(Incoming, true, null, Tick()));
        return handover;
    }

    public Instant Tick(int minutes = 1)
    {
        Clock.AdvanceMinutes(minutes);
        return Now;
    }

    public IReadOnlyList<DomainEvent> Record(Result<IReadOnlyList<DomainEvent>> result)
    {
        Assert.True(result.IsSuccess, result.IsRejected ? result.Rejection.ToString() : null);
        Events.AddRange(result.Value);
        return result.Value;
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.IsRejected ? result.Rejection.ToString() : null);
        return result.Value;
    }

    public static Rejection Refused<T>(Result<T> result)
    {
        Assert.True(result.IsRejected, "The command was accepted.");
        return result.Rejection;
    }

    /// <summary>Everything a handover shows, for comparing before and after a refusal, and against a rebuilt one.</summary>
    public static string Snapshot(ShiftHandover h) =>
        string.Join(
            " | ",
            h.Id, h.Site, h.State, h.Version, h.LastEventAt, h.Outgoing.Id, h.Incoming.Id, h.OutgoingShift, h.IncomingShift, h.IncomingDate,
            h.ShiftStartsAt, h.ArriveBy, h.ArrivedAt, h.ArrivedLate, h.AbsenceReported, string.Join(";", h.Items), string.Join(";", h.UnresolvedNightEntries),
            string.Join(";", h.NightEntryResolutions.Select(r => $"{r.EntryId}:{r.Outcome}:{r.RecordId}:{r.Reason}")), h.ToolCount?.Version,
            string.Join(";", h.ToolLosses), h.PostRejections, h.CompletedAt, h.Overtime(Instant.FromUtc(2030, 1, 1, 0, 0)));
}
