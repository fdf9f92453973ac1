using NodaTime;
using PropertyService.Repairs;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

public class DutyLogTests
{
    private readonly DutyRoster _roster = Week().Build();
    private readonly DutyLog _log = new("DL-1", Site, Shanghai);

    private ContactLogged Log(string id, Actor actor, ContactCategory category, Instant at) =>
        Assert.IsType<ContactLogged>(Assert.Single(Ok(_log.Record(id, actor, _roster, ContactKind.Call, category, "王先生 3-2-701", "Water leaking from the ceiling", at))));

    [Fact]
    public void A_call_in_the_day_goes_in_the_contact_register_CS13()
    {
        var logged = Log("C-1", Li, ContactCategory.Repair, At(3, 3, 10, 5));

        Assert.Equal((LogBook.ContactRegister, "Morning", (LocalDate?)new LocalDate(2026, 3, 3)), (logged.Book, logged.ShiftName, logged.ShiftDate));
        Assert.Equal((ContactKind.Call, ContactCategory.Repair, "王先生 3-2-701", "Water leaking from the ceiling"), (logged.Kind, logged.Category, logged.From, logged.Summary));
        Assert.Equal(["C-1"], _log.BookOf(LogBook.ContactRegister, new LocalDate(2026, 3, 3)).Select(e => e.Id));
        Assert.Empty(_log.BookOf(LogBook.NightDutyLog, new LocalDate(2026, 3, 3)));

        Assert.IsType<ContactHandled>(Assert.Single(Ok(_log.MarkHandled("C-1", Li, "Work order RT-9 issued; engineering notified", At(3, 3, 10, 7)))));
        Assert.Equal("Work order RT-9 issued; engineering notified", _log.Find("C-1")!.Handled!.Handling);
        Assert.True(_log.Find("C-1")!.IsHandled);
    }

    [Fact]
    public void The_roster_not_the_reporters_role_decides_the_night_duty_log_CS14()
    {
        // An officer who writes during the night duty writes in the night log; a technician by day in the register.
        Assert.Equal(LogBook.NightDutyLog, Log("N-1", Zhao, ContactCategory.Complaint, At(3, 3, 2, 10)).Book);
        Assert.Equal(LogBook.ContactRegister, Log("C-2", Chen, ContactCategory.Inquiry, At(3, 3, 12, 30)).Book);
        Assert.Equal(LogBook.NightDutyLog, Log("N-2", Chen, ContactCategory.Repair, At(3, 3, 17, 30)).Book);
        Assert.Equal("Night", _log.Find("N-2")!.Logged.ShiftName);
        Assert.Equal(["N-1"], _log.NightDutyLog(new LocalDate(2026, 3, 2)).Select(e => e.Id)); // 02:10 on the 3rd is the night of the 2nd
        Assert.Equal(["N-2"], _log.NightDutyLog(new LocalDate(2026, 3, 3)).Select(e => e.Id));
        Assert.Equal(["C-2"], _log.ContactRegister(new LocalDate(2026, 3, 3)).Select(e => e.Id));

        // Outside the roster's period nobody is on duty: the call is still kept, in the contact register.
        var outside = Log("C-3", Li, ContactCategory.Help, At(3, 20, 9, 0));
        Assert.Equal((LogBook.ContactRegister, (string?)null, (LocalDate?)null), (outside.Book, outside.ShiftName, outside.ShiftDate));
        Assert.Equal("Duty log DL-1 of SZ-01: 2 in the contact register, 2 in the night duty log", _log.ToString());
    }

    [Fact]
    public void A_night_repair_call_reports_a_ticket_in_the_night_log_that_the_technician_defers_and_the_morning_takes_over_CS14_CS15()
    {
        var call = Log("N-1", Chen, ContactCategory.Repair, At(3, 2, 23, 40));
        var request = new RepairRequest(RepairChannel.Call, new Resident("王先生", ContactPhone.Parse("13812345678"), isOwner: true), ContactPhone.Parse("13812345678"),
            Location.InUnit(new UnitAddress("3", "2", "701")), RepairCategory.Unit, call.Summary);
        var (ticket, _) = Ok(RepairTicket.Report("RT-9", request, Chen, call.Book, call.OccurredAt));
        Assert.Equal((LogBook.NightDutyLog, RepairState.LoggedAtNight), (ticket.LogBook, ticket.State));
        Ok(ticket.DeferToMorning(Chen, "Told the resident it is scheduled for tomorrow", At(3, 2, 23, 45)));

        var night = _roster.WhoIsOnDuty(call.OccurredAt)!;
        var item = Assert.Single(_log.ItemsToHandOver(night));
        Assert.Equal((HandoverItemKind.NightLogEntry, "N-1"), (item.Kind, item.Reference));
        Assert.NotNull(item.Note); // a repair is handed over in writing (CS-17)

        Ok(ticket.TakeOverInMorning(Li, At(3, 3, 8, 35)));
        Assert.Equal(RepairState.Reported, ticket.State);

        // An officer cannot write a repair in the night log: the night technician fixes or defers it (CS-14).
        var refused = Refused(RepairTicket.Report("RT-10", request, Zhao, LogBook.NightDutyLog, At(3, 3, 2, 0)));
        Assert.Equal((RepairRejectionCodes.NightLogByTechnician, "CS-14", "LogBook"), (refused.Code, refused.RuleId, refused.Field));
    }

    [Fact]
    public void Handled_night_entries_are_not_handed_over_CS15()
    {
        Log("N-1", Chen, ContactCategory.Repair, At(3, 2, 23, 40));
        Log("N-2", Chen, ContactCategory.Commission, At(3, 3, 1, 0));
        Ok(_log.MarkHandled("N-1", Chen, "Fixed at once: fuse replaced", At(3, 3, 1, 5)));
        Log("C-1", Li, ContactCategory.Commission, At(3, 3, 9, 0));

        var items = _log.ItemsToHandOver(_roster.WhoIsOnDuty(At(3, 3, 1, 0))!);
        Assert.Equal(["N-2"], items.Select(i => i.Reference));
        Assert.Null(items[0].Note);
        Assert.Empty(_log.ItemsToHandOver(_roster.WhoIsOnDuty(At(3, 3, 9, 0))!));
    }

    [Fact]
    public void Bad_entries_are_refused_and_change_nothing_CS13()
    {
        Log("C-1", Li, ContactCategory.Repair, At(3, 3, 10, 0));
        var version = _log.Version;

        Assert.Equal((DutyLogRejectionCodes.EntryIdTaken, "EntryId"), Code(_log.Record("C-1", Li, _roster, ContactKind.Visit, ContactCategory.Help, "x", "y", At(3, 3, 10, 1))));
        Assert.Equal((DutyLogRejectionCodes.EntryIdTaken, "EntryId"), Code(_log.Record(" ", Li, _roster, ContactKind.Visit, ContactCategory.Help, "x", "y", At(3, 3, 10, 1))));
        Assert.Equal((DutyLogRejectionCodes.EntryIncomplete, "From"), Code(_log.Record("C-2", Li, _roster, ContactKind.Visit, ContactCategory.Help, " ", "y", At(3, 3, 10, 1))));
        Assert.Equal((DutyLogRejectionCodes.EntryIncomplete, "Summary"), Code(_log.Record("C-2", Li, _roster, ContactKind.Visit, ContactCategory.Help, "x", null, At(3, 3, 10, 1))));
        Assert.Equal((DutyLogRejectionCodes.TimeBeforeLastEvent, "At"), Code(_log.Record("C-2", Li, _roster, ContactKind.Visit, ContactCategory.Help, "x", "y", At(3, 3, 9, 59))));
        Assert.Equal((DutyLogRejectionCodes.WrongSite, "Actor"), Code(_log.Record("C-2", Stranger, _roster, ContactKind.Visit, ContactCategory.Help, "x", "y", At(3, 3, 10, 1))));
        Assert.Equal((DutyLogRejectionCodes.EntryNotOpen, "EntryId"), Code(_log.MarkHandled("C-9", Li, "done", At(3, 3, 10, 1))));
        Assert.Equal((DutyLogRejectionCodes.EntryIncomplete, "Handling"), Code(_log.MarkHandled("C-1", Li, "", At(3, 3, 10, 1))));
        Ok(_log.MarkHandled("C-1", Li, "Engineering notified", At(3, 3, 10, 2)));
        Assert.Equal("Entry C-1 was already handled: Engineering notified", Refused(_log.MarkHandled("C-1", Li, "again", At(3, 3, 10, 3))).Message);
        Assert.Equal(version + 1, _log.Version);

        var otherRoster = DutyRoster.CreateBuilder(new SiteId("GZ-02"), new LocalDate(2026, 3, 3), new LocalDate(2026, 3, 3)).Build();
        Assert.Equal("roster", Assert.Throws<ArgumentException>(() => _log.Record("C-2", Li, otherRoster, ContactKind.Visit, ContactCategory.Help, "x", "y", At(3, 3, 11, 0))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => _log.Record("C-2", Li, _roster, (ContactKind)5, ContactCategory.Help, "x", "y", At(3, 3, 11, 0)));
        Assert.Equal("site", Assert.Throws<ArgumentException>(() => new DutyLog("DL-2", default, Shanghai)).ParamName);
    }

    [Fact]
    public void The_log_rebuilds_from_its_events_and_refuses_a_forged_one()
    {
        Log("N-1", Chen, ContactCategory.Repair, At(3, 2, 23, 40));
        Ok(_log.MarkHandled("N-1", Chen, "Fixed at once", At(3, 2, 23, 50)));
        Log("C-1", Li, ContactCategory.Inquiry, At(3, 3, 9, 0));

        var rebuilt = DutyLog.FromEvents("DL-1", Site, Shanghai, _log.Events);
        Assert.Equal(_log.Entries.Select(e => e.ToString()), rebuilt.Entries.Select(e => e.ToString()));
        Assert.Equal(_log.Version, rebuilt.Version);

        var twice = _log.Events.Take(1).Append(new ContactHandled("DL-1", 2, At(3, 2, 23, 50), Chen, "N-1", "x")).Append(new ContactHandled("DL-1", 3, At(3, 2, 23, 51), Chen, "N-1", "y"));
        Assert.Equal(3, Assert.Throws<InvalidHistoryException>(() => DutyLog.FromEvents("DL-1", Site, Shanghai, twice)).Version);
        var stranger = new ContactHandled("DL-1", 1, At(3, 2, 23, 50), Stranger, "N-1", "x");
        Assert.Contains("of site GZ-02", Assert.Throws<InvalidHistoryException>(() => DutyLog.FromEvents("DL-1", Site, Shanghai, [stranger])).Message, StringComparison.Ordinal);
        var foreign = new StaffSignedBack("DL-1", 1, At(3, 2, 23, 50), Li, null);
        Assert.Contains("is not an event of a duty log", Assert.Throws<InvalidHistoryException>(() => DutyLog.FromEvents("DL-1", Site, Shanghai, [foreign])).Message, StringComparison.Ordinal);
        Assert.Contains("the event is null", Assert.Throws<InvalidHistoryException>(() => DutyLog.FromEvents("DL-1", Site, Shanghai, [null!])).Message, StringComparison.Ordinal);
    }

    private static (string Code, string? Field) Code(Result<IReadOnlyList<DomainEvent>> result) => Refused(result) is var r ? (r.Code, r.Field) : default;
}
