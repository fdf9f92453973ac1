using NodaTime;
using PropertyService.Complaints;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Sla;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

/// <summary>
/// A whole day at a site through the public API: the night of Monday 2 March 2026 and Tuesday 3 March, with four
/// handovers, a late arrival, a missing tool, a night repair deferred and turned into a work order in the morning, a
/// night complaint recorded at its original time, and the CS-16 timer breached once.
/// </summary>
public class ServiceCenterDayTests
{
    private readonly DutyRoster _roster = DutyRoster.CreateBuilder(Site, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3))
        .SetRotation(DutyRosterDefaults.MorningShift, Li)
        .SetRotation(DutyRosterDefaults.NoonShift, Zhao)
        .SetRotation(DutyRosterDefaults.AfternoonShift, Wang)
        .SetRotation(DutyRosterDefaults.NightShift, Chen, Liu)
        .Build();

    private readonly DutyLog _log = new("DL-SZ-01", Site, Shanghai);
    private readonly ToolInventory _tools = new(Site, [Multimeter, Ladder, Torch]);
    private readonly List<RepairTicket> _repairs = [];
    private readonly List<Complaint> _complaints = [];
    private readonly List<HelpRequest> _help = [];

    [Fact]
    public void A_day_at_the_service_center_CS05_CS10_to_CS20()
    {
        Assert.True(_roster.CheckCoverage().IsCovered, _roster.CheckCoverage().ToString());

        // The night of 2 March: 陈师傅 on night duty logs a leak and a noise complaint (CS-14), defers the leak (CS-14).
        var leak = Logged(Ok(_log.Record("N-1", Chen, _roster, ContactKind.Call, ContactCategory.Repair, "王先生 3-2-701", "Water dripping from the kitchen ceiling", At(3, 2, 23, 40))));
        Assert.Equal(LogBook.NightDutyLog, leak.Book);
        var request = new RepairRequest(RepairChannel.Call, new Resident("王先生", ContactPhone.Parse("13812345678"), isOwner: true), ContactPhone.Parse("13812345678"),
            Location.InUnit(new UnitAddress("3", "2", "701"), "kitchen"), RepairCategory.Unit, leak.Summary);
        var ticket = Ok(RepairTicket.Report("RT-1", request, Chen, leak.Book, leak.OccurredAt)).Aggregate;
        _repairs.Add(ticket);
        Ok(ticket.DeferToMorning(Chen, "Resident told: scheduled for tomorrow morning", At(3, 2, 23, 45)));
        var noise = Logged(Ok(_log.Record("N-2", Chen, _roster, ContactKind.Call, ContactCategory.Complaint, "李女士 5-1-202", "Loud music upstairs", At(3, 3, 1, 10))));

        // CS-05: the technician signs in before going to check the leak from below, and back after.
        var sheet = new SignInSheet("SS-SZ-01", Site, Shanghai);
        Ok(sheet.SignIn(Chen, "Check 3-2-601 under the leak", At(3, 2, 23, 50)));
        Ok(sheet.SignBack(Chen, "Nothing visible from below", At(3, 3, 0, 20)));
        Assert.Single(sheet.OutingsOf(Chen, new LocalDate(2026, 3, 2)));

        // Handover 1, 08:30: night to morning. 李娜 arrives on time; the multimeter is missing; the night entries are resolved (CS-15).
        var night = Shift(DutyRosterDefaults.NightShift, 2);
        var morning = Shift(DutyRosterDefaults.MorningShift, 3);
        var h1 = Schedule("HO-1", night, morning);
        Ok(h1.Arrive(Li, At(3, 3, 8, 10)));
        var outstanding = OutstandingItems.Of(Chen, night, _repairs, _help, _complaints, _log);
        Assert.Equal(["RT-1", "N-1", "N-2"], outstanding.Select(i => i.Reference));
        var refused = Refused(h1.HandOverItems(Chen, outstanding, At(3, 3, 8, 12)));
        Assert.Equal(ShiftHandoverRejectionCodes.WrittenNoteRequired, refused.Code); // CS-17: the repair needs a written note
        Ok(h1.HandOverItems(Chen, outstanding.Select(i => i.NeedsWrittenNote && i.Note is null ? i.WithNote("Deferred at night; plumber needed") : i), At(3, 3, 8, 12)));
        Ok(h1.CountTools(Li, _tools, [Ladder.Code, Torch.Code], At(3, 3, 8, 15)));
        var loss = Assert.Single(h1.ToolLosses);
        Assert.Equal((Chen, Money.Yuan(380m)), (loss.AnswerableBy, loss.Compensation)); // CS-10, CS-18

        Ok(ticket.TakeOverInMorning(Li, At(3, 3, 8, 16)));
        Ok(h1.ResolveNightEntry(Li, "N-1", NightEntryOutcome.WorkOrder, ticket.Id, At(3, 3, 8, 16)));
        var complaint = Ok(Complaint.Record("CP-1", Li, noise.From, noise.Summary, noise.OccurredAt, At(3, 3, 8, 17), noise.EntryId)).Aggregate;
        _complaints.Add(complaint);
        Assert.Equal(noise.OccurredAt, complaint.ReceivedAt); // CS-15: the original time is kept
        Ok(complaint.NotifyDepartment(Li, "Security", At(3, 3, 8, 18)));
        Ok(h1.ResolveNightEntry(Li, "N-2", NightEntryOutcome.ComplaintRecord, complaint.Id, At(3, 3, 8, 18)));
        Ok(h1.InspectPost(Li, true, null, At(3, 3, 8, 20)));
        Ok(h1.Complete(Li, At(3, 3, 8, 34)));
        Assert.Equal(Duration.FromMinutes(4), h1.Overtime(At(3, 3, 12, 0))); // CS-20: 陈师傅 stayed 4 minutes past 08:30

        // The RP-09 work-order target started at the morning take-over, not at 23:40.
        var workOrder = new SlaTracker([SlaDefaults.Policy]).Project(ticket.Events.ToList(), At(3, 3, 8, 17)).Single(t => t.Target.Name == SlaDefaults.WorkOrderTarget);
        Assert.Equal(At(3, 3, 8, 19), workOrder.Deadline);

        // Handover 2, 12:00: morning to noon. 赵敏 arrives at 11:50, late for 11:45 (CS-16); the open repair goes in writing.
        var noon = Shift(DutyRosterDefaults.NoonShift, 3);
        var h2 = Schedule("HO-2", morning, noon);
        Ok(h2.Arrive(Zhao, At(3, 3, 11, 50)));
        Assert.True(h2.ArrivedLate);
        Ok(h2.HandOverItems(Li, OutstandingItems.Of(Li, morning, _repairs, _help, _complaints, _log).Select(i => i.WithNote("Plumber booked for 14:00")), At(3, 3, 11, 52)));
        Ok(h2.CountTools(Zhao, _tools, [Ladder.Code, Torch.Code], At(3, 3, 11, 55)));
        Ok(h2.InspectPost(Zhao, false, "Logbook left open", At(3, 3, 11, 57)));
        Ok(h2.TidyPost(Li, At(3, 3, 11, 58)));
        Ok(h2.InspectPost(Zhao, true, null, At(3, 3, 11, 59)));
        Ok(h2.Complete(Zhao, At(3, 3, 12, 0)));

        // Handover 3, 13:30: 赵敏 hands a help request she took at noon to 王芳, with its ownership (HR-06, CS-17).
        var help = Ok(HelpRequest.Receive("H-1", Zhao, HelpKind.GeneralHelp, At(3, 3, 12, 30))).Aggregate;
        _help.Add(help);
        Ok(help.RecordContact(Zhao, Location.InUnit(new UnitAddress("5", "1", "202")), ContactPhone.Parse("13912345678"), At(3, 3, 12, 31)));
        var afternoon = Shift(DutyRosterDefaults.AfternoonShift, 3);
        var h3 = Schedule("HO-3", noon, afternoon);
        Assert.Equal(["RT-1", "CP-1", "H-1"], OutstandingItems.Of(Zhao, noon, _repairs, _help, _complaints, _log).Select(i => i.Reference));
        RunOnTime(h3, Zhao, Wang, At(3, 3, 13, 10));
        Ok(help.TransferOwnership(Zhao, Wang, $"Shift handover {h3.Id}", At(3, 3, 13, 15)));
        Assert.Equal(Wang, help.FirstContactOwner);

        // Handover 4, 17:30: on time. The help request is handed over, but its ownership cannot pass to the night
        // technician: only an officer owns a help request (HR-06), so 王芳 keeps it.
        var nightShift = Shift(DutyRosterDefaults.NightShift, 3);
        var h4 = Schedule("HO-4", afternoon, nightShift);
        RunOnTime(h4, Wang, Liu, At(3, 3, 17, 14));
        Assert.True(help.TransferOwnership(Wang, Liu, $"Shift handover {h4.Id}", At(3, 3, 17, 20)).IsRejected);
        Assert.Equal(Wang, help.FirstContactOwner);
        Assert.Single(sheet.OutingsOf(Chen, new LocalDate(2026, 3, 2)));

        // CS-16: of the four arrivals, one was late: its timer alone is breached.
        var tracker = new SlaTracker([SlaDefaults.Policy]);
        var arrivals = new[] { h1, h2, h3, h4 }
            .Select(h => tracker.Project(h.Events.ToList(), At(3, 3, 18, 0)).Single(t => t.Target.Name == SlaDefaults.ArriveBeforeShiftTarget))
            .ToList();
        Assert.Equal([SlaTimerState.Met, SlaTimerState.Breached, SlaTimerState.Met, SlaTimerState.Met], arrivals.Select(t => t.State));
        Assert.All(new[] { h1, h2, h3, h4 }, h => Assert.Equal(HandoverState.Completed, h.State));
        Assert.Equal(["CP-1", "RT-1"], OutstandingItems.Of(Liu, nightShift, _repairs, _help, _complaints, _log).Select(i => i.Reference).Order());
    }

    private static ContactLogged Logged(IReadOnlyList<DomainEvent> events) => Assert.IsType<ContactLogged>(Assert.Single(events));

    private Shift Shift(string name, int day) => _roster.Shifts.Single(s => s.Name == name && s.Date.Day == day);

    private static ShiftHandover Schedule(string id, Shift outgoing, Shift incoming) =>
        Ok(ShiftHandover.Schedule(id, outgoing, Assert.Single(outgoing.People), incoming, Assert.Single(incoming.People), Supervisor, outgoing.Start)).Aggregate;

    private void RunOnTime(ShiftHandover h, Actor outgoing, Actor incoming, Instant arrival)
    {
        Ok(h.Arrive(incoming, arrival));
        Assert.False(h.ArrivedLate);
        var items = OutstandingItems.Of(outgoing, _roster.WhoIsOnDuty(arrival)!, _repairs, _help, _complaints, _log)
            .Select(i => i.NeedsWrittenNote ? i.WithNote("See the ticket") : i);
        Ok(h.HandOverItems(outgoing, items, arrival + Duration.FromMinutes(1)));
        Ok(h.CountTools(incoming, _tools, [Ladder.Code, Torch.Code], arrival + Duration.FromMinutes(2)));
        Ok(h.InspectPost(incoming, true, null, arrival + Duration.FromMinutes(3)));
        Ok(h.Complete(outgoing, arrival + Duration.FromMinutes(4)));
        Assert.Equal(Duration.Zero, h.Overtime(arrival + Duration.FromMinutes(4)));
    }
}
