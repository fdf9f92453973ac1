using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

/// <summary>Every event checks its own payload, so a stored event cannot carry what the commands would refuse.</summary>
public class ShiftEventTests
{
    private static readonly Instant T0 = At(3, 3, 8, 0);

    [Fact]
    public void A_scheduled_handover_is_due_no_later_than_the_shift_start_CS16()
    {
        HandoverScheduled Make(Instant arriveBy, string outgoingShift = "Night", string incomingShift = "Morning", SiteId? site = null) =>
            new("HO-1", 1, T0, Supervisor, site ?? Site, outgoingShift, new LocalDate(2026, 3, 2), Chen, incomingShift, new LocalDate(2026, 3, 3), Li, At(3, 3, 8, 30), arriveBy);

        Assert.Equal(At(3, 3, 8, 30), Make(At(3, 3, 8, 30)).ArriveBy);
        Assert.Equal("ArriveBy", Assert.Throws<ArgumentException>(() => Make(At(3, 3, 8, 31))).ParamName);
        Assert.Equal("OutgoingShift", Assert.Throws<ArgumentException>(() => Make(At(3, 3, 8, 15), outgoingShift: " ")).ParamName);
        Assert.Equal("IncomingShift", Assert.Throws<ArgumentException>(() => Make(At(3, 3, 8, 15), incomingShift: "")).ParamName);
        Assert.Equal("Site", Assert.Throws<ArgumentException>(() => Make(At(3, 3, 8, 15), site: default(SiteId))).ParamName);
        Assert.Equal("Outgoing", Assert.Throws<ArgumentNullException>(() => new HandoverScheduled("HO-1", 1, T0, Supervisor, Site, "N", new LocalDate(2026, 3, 2), null!, "M", new LocalDate(2026, 3, 3), Li, T0, T0)).ParamName);
        Assert.Equal("Incoming", Assert.Throws<ArgumentNullException>(() => new HandoverScheduled("HO-1", 1, T0, Supervisor, Site, "N", new LocalDate(2026, 3, 2), Chen, "M", new LocalDate(2026, 3, 3), null!, T0, T0)).ParamName);
    }

    [Fact]
    public void A_resolution_names_a_record_or_a_reason_but_not_both_CS15()
    {
        Assert.Equal("RT-1", new NightEntryResolved("HO-1", 2, T0, Li, "N-1", NightEntryOutcome.WorkOrder, "RT-1", null).RecordId);
        Assert.Equal("Away", new NightEntryResolved("HO-1", 2, T0, Li, "N-1", NightEntryOutcome.CarriedOver, null, "Away").Reason);
        Assert.Equal("RecordId", Assert.Throws<ArgumentException>(() => new NightEntryResolved("HO-1", 2, T0, Li, "N-1", NightEntryOutcome.WorkOrder, " ", null)).ParamName);
        Assert.Equal("RecordId", Assert.Throws<ArgumentException>(() => new NightEntryResolved("HO-1", 2, T0, Li, "N-1", NightEntryOutcome.CarriedOver, "RT-1", "Away")).ParamName);
        Assert.Equal("Reason", Assert.Throws<ArgumentException>(() => new NightEntryResolved("HO-1", 2, T0, Li, "N-1", NightEntryOutcome.CarriedOver, null, " ")).ParamName);
        Assert.Equal("Reason", Assert.Throws<ArgumentException>(() => new NightEntryResolved("HO-1", 2, T0, Li, "N-1", NightEntryOutcome.ComplaintRecord, "CP-1", "why")).ParamName);
        Assert.Equal("EntryId", Assert.Throws<ArgumentException>(() => new NightEntryResolved("HO-1", 2, T0, Li, " ", NightEntryOutcome.WorkOrder, "RT-1", null)).ParamName);
        Assert.Equal("Outcome", Assert.Throws<ArgumentOutOfRangeException>(() => new NightEntryResolved("HO-1", 2, T0, Li, "N-1", (NightEntryOutcome)9, "RT-1", null)).ParamName);
    }

    [Fact]
    public void An_inspection_gives_a_reason_only_when_it_rejects_and_overtime_is_never_negative_CS19_CS20()
    {
        Assert.Null(new PostInspected("HO-1", 2, T0, Li, true, null).Reason);
        Assert.Equal("Untidy", new PostInspected("HO-1", 2, T0, Li, false, "Untidy").Reason);
        Assert.Equal("Reason", Assert.Throws<ArgumentException>(() => new PostInspected("HO-1", 2, T0, Li, true, "Fine")).ParamName);
        Assert.Equal("Reason", Assert.Throws<ArgumentException>(() => new PostInspected("HO-1", 2, T0, Li, false, " ")).ParamName);
        Assert.Equal(Duration.Zero, new HandoverCompleted("HO-1", 2, T0, Li, Duration.Zero).Overtime);
        Assert.Equal("Overtime", Assert.Throws<ArgumentOutOfRangeException>(() => new HandoverCompleted("HO-1", 2, T0, Li, -Duration.Epsilon)).ParamName);
    }

    [Fact]
    public void Lists_in_events_are_copied_and_may_not_hold_nulls_CS17_CS18()
    {
        var items = new List<HandoverItem> { new(HandoverItemKind.PointOfAttention, null, "Lift") };
        var handed = new ItemsHandedOver("HO-1", 2, T0, Chen, items);
        items.Clear();
        Assert.Single(handed.Items);
        Assert.Equal("Items[0] is null. (Parameter 'Items')", Assert.Throws<ArgumentNullException>(() => new ItemsHandedOver("HO-1", 2, T0, Chen, [null!])).Message);
        Assert.Equal("Items", Assert.Throws<ArgumentNullException>(() => new ItemsHandedOver("HO-1", 2, T0, Chen, null!)).ParamName);

        Assert.Equal("Counted[1] is null. (Parameter 'Counted')", Assert.Throws<ArgumentNullException>(() => new ToolsCounted("HO-1", 2, T0, Chen, [Torch], ["TC-01", null!], [], [])).Message);
        Assert.Equal("Expected", Assert.Throws<ArgumentNullException>(() => new ToolsCounted("HO-1", 2, T0, Chen, null!, [], [], [])).ParamName);
        Assert.Equal("Loans", Assert.Throws<ArgumentNullException>(() => new ToolsCounted("HO-1", 2, T0, Chen, [], [], [null!], [])).ParamName);
        Assert.Equal("Losses", Assert.Throws<ArgumentNullException>(() => new ToolsCounted("HO-1", 2, T0, Chen, [], [], [], null!)).ParamName);
    }

    [Fact]
    public void Log_and_sign_in_events_need_their_texts_CS05_CS13()
    {
        ContactLogged Logged(string entryId = "N-1", string from = "x", string summary = "y", LogBook book = LogBook.NightDutyLog) =>
            new("DL-1", 1, T0, Chen, entryId, book, "Night", new LocalDate(2026, 3, 2), ContactKind.Call, ContactCategory.Repair, from, summary);

        Assert.Equal(("N-1", LogBook.NightDutyLog), (Logged().EntryId, Logged().Book));
        Assert.Equal("EntryId", Assert.Throws<ArgumentException>(() => Logged(entryId: " ")).ParamName);
        Assert.Equal("From", Assert.Throws<ArgumentException>(() => Logged(from: " ")).ParamName);
        Assert.Equal("Summary", Assert.Throws<ArgumentException>(() => Logged(summary: "")).ParamName);
        Assert.Equal("Book", Assert.Throws<ArgumentOutOfRangeException>(() => Logged(book: (LogBook)7)).ParamName);
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => new ContactLogged("DL-1", 1, T0, Chen, "N-1", LogBook.NightDutyLog, null, null, (ContactKind)7, ContactCategory.Repair, "x", "y")).ParamName);
        Assert.Equal("Category", Assert.Throws<ArgumentOutOfRangeException>(() => new ContactLogged("DL-1", 1, T0, Chen, "N-1", LogBook.NightDutyLog, null, null, ContactKind.Call, (ContactCategory)7, "x", "y")).ParamName);
        Assert.Equal("Handling", Assert.Throws<ArgumentException>(() => new ContactHandled("DL-1", 2, T0, Chen, "N-1", " ")).ParamName);
        Assert.Equal("EntryId", Assert.Throws<ArgumentException>(() => new ContactHandled("DL-1", 2, T0, Chen, "", "done")).ParamName);
        Assert.Equal("Task", Assert.Throws<ArgumentException>(() => new StaffSignedIn("SS-1", 1, T0, Chen, " ")).ParamName);
    }

    [Fact]
    public void A_logged_contact_names_its_shift_with_the_date_it_started_on_or_names_none_CS14()
    {
        ContactLogged Logged(string? shift, LocalDate? date) =>
            new("DL-1", 1, T0, Chen, "N-1", LogBook.NightDutyLog, shift, date, ContactKind.Call, ContactCategory.Repair, "x", "y");

        Assert.Equal(("Night", new LocalDate(2026, 3, 2)), (Logged("Night", new LocalDate(2026, 3, 2)).ShiftName, Logged("Night", new LocalDate(2026, 3, 2)).ShiftDate));
        Assert.Equal((null, null), (Logged(null, null).ShiftName, Logged(null, null).ShiftDate));
        var nameOnly = Assert.Throws<ArgumentException>(() => Logged("Night", null));
        Assert.Equal("ShiftDate", nameOnly.ParamName);
        Assert.StartsWith("A shift is named together with the date it started on: give both or neither.", nameOnly.Message, StringComparison.Ordinal);
        Assert.Equal("ShiftDate", Assert.Throws<ArgumentException>(() => Logged(null, new LocalDate(2026, 3, 2))).ParamName);
        Assert.Equal("ShiftName", Assert.Throws<ArgumentException>(() => Logged(" ", new LocalDate(2026, 3, 2))).ParamName);
    }
}
