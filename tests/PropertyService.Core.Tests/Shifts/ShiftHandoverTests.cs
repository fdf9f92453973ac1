using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

public class ShiftHandoverTests
{
    private readonly HandoverFixture _f = new();

    [Fact]
    public void A_scheduled_handover_is_due_15_minutes_before_the_shift_CS16()
    {
        var handover = _f.Schedule();

        var scheduled = Assert.IsType<HandoverScheduled>(Assert.Single(handover.Events));
        Assert.Equal((At(3, 3, 8, 30), At(3, 3, 8, 15)), (scheduled.ShiftStartsAt, scheduled.ArriveBy));
        Assert.Equal((Chen, Li, "Night", "Morning", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3)), (scheduled.Outgoing, scheduled.Incoming, scheduled.OutgoingShift, scheduled.IncomingShift, scheduled.OutgoingDate, scheduled.IncomingDate));
        Assert.Equal((HandoverState.AwaitingIncoming, Site, 1), (handover.State, handover.Site, handover.Version));
        Assert.Equal((At(3, 3, 8, 30), At(3, 3, 8, 15)), (handover.ShiftStartsAt, handover.ArriveBy));
        Assert.Equal("Handover HO-1: 陈师傅 (Night) to 李娜 (Morning of 2026-03-03), AwaitingIncoming", handover.ToString());

        var early = Ok(ShiftHandover.Schedule("HO-2", _f.Night, Chen, _f.Morning, Li, Chen, At(3, 2, 17, 30), new ShiftHandoverOptions { ArriveBefore = Duration.FromMinutes(30) })).Aggregate;
        Assert.Equal(At(3, 3, 8, 0), early.ArriveBy);
    }

    [Fact]
    public void Arriving_15_minutes_early_is_on_time_and_later_is_late_CS16()
    {
        var onTime = _f.Schedule();
        var arrived = Assert.IsType<IncomingArrived>(Assert.Single(_f.Record(onTime.Arrive(Li, At(3, 3, 8, 15)))));
        Assert.False(arrived.Late);
        Assert.Equal((HandoverState.HandingOverItems, (Instant?)At(3, 3, 8, 15), false), (onTime.State, onTime.ArrivedAt, onTime.ArrivedLate));

        var late = new HandoverFixture().Schedule();
        Assert.True(Assert.IsType<IncomingArrived>(Assert.Single(Ok(late.Arrive(Li, At(3, 3, 8, 16))))).Late);
        Assert.True(late.ArrivedLate);
    }

    [Fact]
    public void Only_the_incoming_person_arrives_and_nothing_else_happens_before_CS16_CS20()
    {
        var handover = _f.Schedule();
        var before = Snapshot(handover);

        var other = Refused(handover.Arrive(Wang, _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.NotIncoming, "CS-16", "Actor"), (other.Code, other.RuleId, other.Field));
        Assert.Equal("Only the incoming person records their own arrival.", other.Message);

        var tooSoon = Refused(handover.HandOverItems(Chen, [], _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.IncomingRequired, "CS-20"), (tooSoon.Code, tooSoon.RuleId));
        Assert.Equal("HandOverItems is not possible while the handover is AwaitingIncoming: the incoming person must arrive first; until then the outgoing person stays at the post.", tooSoon.Message);
        Assert.Equal(ShiftHandoverRejectionCodes.IncomingRequired, Refused(handover.Complete(Chen, _f.Now)).Code);
        Assert.Equal(ShiftHandoverRejectionCodes.WrongSite, Refused(handover.Arrive(Stranger, _f.Now)).Code);
        Assert.Equal(before, Snapshot(handover));
    }

    [Fact]
    public void An_absence_is_reported_once_after_the_shift_starts_by_the_outgoing_person_or_a_supervisor_CS20()
    {
        var handover = _f.Schedule();

        var early = Refused(handover.ReportAbsence(Chen, At(3, 3, 8, 29)));
        Assert.Equal((ShiftHandoverRejectionCodes.ShiftNotStarted, "CS-20", "At"), (early.Code, early.RuleId, early.Field));
        var notHim = Refused(handover.ReportAbsence(Wang, At(3, 3, 8, 30)));
        Assert.Equal(ShiftHandoverRejectionCodes.NotOutgoingOrSupervisor, notHim.Code);

        Assert.IsType<IncomingAbsent>(Assert.Single(_f.Record(handover.ReportAbsence(Supervisor, At(3, 3, 8, 30)))));
        Assert.True(handover.AbsenceReported);
        Assert.Equal(HandoverState.AwaitingIncoming, handover.State);
        Assert.Equal(ShiftHandoverRejectionCodes.AbsenceAlreadyReported, Refused(handover.ReportAbsence(Chen, At(3, 3, 8, 40))).Code);

        // CS-20: the outgoing person stays and their overtime accrues until the handover completes.
        Assert.Equal(Duration.FromMinutes(10), handover.Overtime(At(3, 3, 8, 40)));
        _f.Record(handover.Arrive(Li, At(3, 3, 9, 0)));
        Assert.True(handover.ArrivedLate);
        Assert.Equal(Duration.FromMinutes(45), handover.Overtime(At(3, 3, 9, 15)));
    }

    [Fact]
    public void Repairs_complaints_and_major_matters_are_handed_over_in_writing_CS17()
    {
        var handover = _f.Schedule();
        _f.Record(handover.Arrive(Li, _f.Now));
        var before = Snapshot(handover);

        var repair = Refused(handover.HandOverItems(Chen, [new HandoverItem(HandoverItemKind.PointOfAttention, null, "Lift 2 makes a noise"), new HandoverItem(HandoverItemKind.RepairTicket, "RT-7", "Leaking tap at 3-2-701")], _f.Tick()));
        Assert.Equal((ShiftHandoverRejectionCodes.WrittenNoteRequired, "CS-17", "Items[1].Note"), (repair.Code, repair.RuleId, repair.Field));
        Assert.Equal("Item 1 (RepairTicket RT-7: Leaking tap at 3-2-701) is a RepairTicket and must be handed over with a written note.", repair.Message);

        var major = Refused(handover.HandOverItems(Chen, [new HandoverItem(HandoverItemKind.Commission, "C-1", "Keys for 5-1-202", isMajor: true)], _f.Now));
        Assert.Equal("Item 0 (Commission C-1: Keys for 5-1-202) is a major matter and must be handed over with a written note.", major.Message);
        Assert.Equal(ShiftHandoverRejectionCodes.WrittenNoteRequired, Refused(handover.HandOverItems(Chen, [new HandoverItem(HandoverItemKind.Complaint, "CP-3", "Noise", "  ")], _f.Now)).Code);

        var twice = Refused(handover.HandOverItems(Chen, [new HandoverItem(HandoverItemKind.HelpRequest, "H-1", "Lost key"), new HandoverItem(HandoverItemKind.HelpRequest, "H-1", "Lost key again")], _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.ItemListedTwice, "Items[1].Reference"), (twice.Code, twice.Field));
        var unnamed = Refused(handover.HandOverItems(Chen, [new HandoverItem(HandoverItemKind.NightLogEntry, null, "Call at 02:10")], _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.ReferenceRequired, "CS-15"), (unnamed.Code, unnamed.RuleId));
        Assert.Equal(ShiftHandoverRejectionCodes.NotOutgoing, Refused(handover.HandOverItems(Li, [], _f.Now)).Code);
        Assert.Equal(before, Snapshot(handover));

        HandoverItem[] items =
        [
            new(HandoverItemKind.RepairTicket, "RT-7", "Leaking tap at 3-2-701", "Parts ordered; technician back at 10:00"),
            new(HandoverItemKind.HelpRequest, "H-1", "Lost key"),
            new(HandoverItemKind.RepairTicket, "RT-8", "Door bell", "Waiting for the resident"),
        ];
        var handed = Assert.IsType<ItemsHandedOver>(Assert.Single(_f.Record(handover.HandOverItems(Chen, items, _f.Now))));
        Assert.Equal(items, handed.Items);
        Assert.Equal(items, handover.Items);
        Assert.Equal(HandoverState.CountingTools, handover.State);
    }

    [Fact]
    public void A_missing_tool_is_answered_for_by_its_borrower_or_else_the_outgoing_person_at_its_price_CS10_CS18()
    {
        var handover = _f.Schedule();
        _f.Record(handover.Arrive(Li, _f.Now));
        _f.Record(handover.HandOverItems(Chen, [], _f.Tick()));
        var inventory = _f.Inventory.Lend(Ladder.Code, Liu, Chen, At(3, 3, 2, 0));

        var counted = Assert.IsType<ToolsCounted>(Assert.Single(_f.Record(handover.CountTools(Li, inventory, [Torch.Code], _f.Tick()))));

        Assert.Equal([new ToolLoss(Multimeter, Chen, false), new ToolLoss(Ladder, Liu, true)], handover.ToolLosses);
        Assert.Equal(counted.Losses, handover.ToolLosses);
        Assert.Same(counted, handover.ToolCount);
        Assert.Equal(Money.Yuan(380m), handover.ToolLosses[0].Compensation);
        Assert.Equal("MM-01 万用表 multimeter missing: 陈师傅 (outgoing) answers for ¥380.00 (CS-10)", handover.ToolLosses[0].ToString());
        Assert.Equal("LD-01 人字梯 ladder missing: 刘师傅 (borrower) answers for ¥260.00 (CS-10)", handover.ToolLosses[1].ToString());
        Assert.Equal(inventory.Loans, counted.Loans);
        Assert.Equal(inventory.Tools, counted.Expected);
        Assert.Equal(HandoverState.AwaitingInspection, handover.State);
    }

    [Fact]
    public void A_tool_counted_twice_or_unknown_is_refused_CS18()
    {
        var handover = _f.Schedule();
        _f.Record(handover.Arrive(Li, _f.Now));
        _f.Record(handover.HandOverItems(Chen, [], _f.Tick()));
        var before = Snapshot(handover);

        var twice = Refused(handover.CountTools(Chen, _f.Inventory, [Torch.Code, Ladder.Code, Torch.Code], _f.Tick()));
        Assert.Equal((ShiftHandoverRejectionCodes.ToolCountedTwice, "CS-18", "Counted[2]"), (twice.Code, twice.RuleId, twice.Field));
        Assert.Equal("Tool TC-01 is counted twice (at 0 and 2); count each tool once.", twice.Message);
        var unknown = Refused(handover.CountTools(Chen, _f.Inventory, ["XX-9"], _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.ToolUnknown, "Counted[0]"), (unknown.Code, unknown.Field));
        var otherSite = Refused(handover.CountTools(Chen, new ToolInventory(new SiteId("GZ-02"), [Torch]), [Torch.Code], _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.ToolUnknown, "Inventory"), (otherSite.Code, otherSite.Field));
        Assert.Equal(ShiftHandoverRejectionCodes.NotAParty, Refused(handover.CountTools(Wang, _f.Inventory, [], _f.Now)).Code);
        Assert.Throws<ArgumentNullException>(() => handover.CountTools(Chen, _f.Inventory, [null!], _f.Now));
        Assert.Equal(before, Snapshot(handover));
    }

    [Fact]
    public void A_rejected_post_is_tidied_and_inspected_again_before_the_outgoing_person_may_leave_CS19()
    {
        var handover = _f.Schedule();
        _f.Record(handover.Arrive(Li, _f.Now));
        _f.Record(handover.HandOverItems(Chen, [], _f.Tick()));
        _f.Record(handover.CountTools(Chen, _f.Inventory, _f.Inventory.Tools.Select(t => t.Code), _f.Tick()));

        var noReason = Refused(handover.InspectPost(Li, false, " ", _f.Tick()));
        Assert.Equal((ShiftHandoverRejectionCodes.ReasonRequired, "CS-19", "Reason"), (noReason.Code, noReason.RuleId, noReason.Field));
        Assert.Equal(ShiftHandoverRejectionCodes.NotIncoming, Refused(handover.InspectPost(Chen, true, null, _f.Now)).Code);
        var leave = Refused(handover.Complete(Chen, _f.Now));
        Assert.Equal(("CS-19", "Complete is not possible while the handover is AwaitingInspection: the incoming person must inspect the post first."), (leave.RuleId, leave.Message));

        var rejected = Assert.IsType<PostInspected>(Assert.Single(_f.Record(handover.InspectPost(Li, false, " Logbook left open ", _f.Now))));
        Assert.Equal((false, "Logbook left open"), (rejected.Accepted, rejected.Reason));
        Assert.Equal((HandoverState.Tidying, 1), (handover.State, handover.PostRejections));
        Assert.Equal(ShiftHandoverRejectionCodes.NotOutgoing, Refused(handover.TidyPost(Li, _f.Tick())).Code);
        Assert.IsType<PostTidied>(Assert.Single(_f.Record(handover.TidyPost(Chen, _f.Now))));
        Assert.Equal(HandoverState.AwaitingInspection, handover.State);
        Assert.Null(Assert.IsType<PostInspected>(Assert.Single(_f.Record(handover.InspectPost(Li, true, "ignored", _f.Tick())))).Reason);
        Assert.Equal(HandoverState.PostAccepted, handover.State);
    }

    [Fact]
    public void Completion_records_the_overtime_past_the_shift_end_exactly_CS20()
    {
        var handover = _f.ToAcceptedPost();
        Assert.Equal(Duration.Zero, handover.Overtime(At(3, 3, 8, 29)));

        Assert.Equal(ShiftHandoverRejectionCodes.NotAParty, Refused(handover.Complete(Wang, At(3, 3, 8, 40))).Code);
        var completed = Assert.IsType<HandoverCompleted>(Assert.Single(_f.Record(handover.Complete(Li, At(3, 3, 8, 40) + Duration.FromNanoseconds(7)))));

        Assert.Equal(Duration.FromMinutes(10) + Duration.FromNanoseconds(7), completed.Overtime);
        Assert.Equal(completed.Overtime, handover.Overtime(At(3, 4, 0, 0)));
        Assert.Equal((HandoverState.Completed, (Instant?)completed.OccurredAt), (handover.State, handover.CompletedAt));
        Assert.Equal(Duration.Zero, Ok(new HandoverFixture().ToAcceptedPost().Complete(Chen, At(3, 3, 8, 20)))[0] is HandoverCompleted c ? c.Overtime : Duration.MaxValue);
        Assert.All(Enum.GetValues<HandoverAction>(), a => Assert.NotNull(handover.WhyNot(Li, a)));
    }

    [Fact]
    public void Night_log_entries_are_converted_or_carried_over_before_the_morning_handover_completes_CS15()
    {
        var handover = _f.ToAcceptedPost(
            new HandoverItem(HandoverItemKind.NightLogEntry, "N-1", "02:10 water leak at 3-2-701", "Valve closed; needs a plumber"),
            new HandoverItem(HandoverItemKind.NightLogEntry, "N-2", "03:40 noise complaint about 5-1-202"),
            new HandoverItem(HandoverItemKind.NightLogEntry, "N-3", "05:00 resident asks for a key"));
        Assert.Equal(["N-1", "N-2", "N-3"], handover.UnresolvedNightEntries);

        var blocked = Refused(handover.Complete(Li, _f.Tick()));
        Assert.Equal((ShiftHandoverRejectionCodes.NightEntriesUnresolved, "CS-15"), (blocked.Code, blocked.RuleId));
        Assert.Equal("Every night-log entry handed over is turned into a record or carried over.", blocked.Message);

        Assert.Equal(ShiftHandoverRejectionCodes.NotIncoming, Refused(handover.ResolveNightEntry(Chen, "N-1", NightEntryOutcome.WorkOrder, "RT-9", _f.Now)).Code);
        Assert.Equal((ShiftHandoverRejectionCodes.NightEntryUnknown, "EntryId"), (Refused(handover.ResolveNightEntry(Li, "N-9", NightEntryOutcome.WorkOrder, "RT-9", _f.Now)) is var u ? (u.Code, u.Field) : default));
        var noRecord = Refused(handover.ResolveNightEntry(Li, "N-1", NightEntryOutcome.WorkOrder, null, _f.Now));
        Assert.Equal(("Night-log entry N-1 turned into a WorkOrder must name the record it became.", "RecordIdOrReason"), (noRecord.Message, noRecord.Field));
        Assert.Equal("Night-log entry N-3 is carried over only with a reason.", Refused(handover.ResolveNightEntry(Li, "N-3", NightEntryOutcome.CarriedOver, "", _f.Now)).Message);

        var resolved = Assert.IsType<NightEntryResolved>(Assert.Single(_f.Record(handover.ResolveNightEntry(Li, "N-1", NightEntryOutcome.WorkOrder, "RT-9", _f.Now))));
        Assert.Equal(("N-1", NightEntryOutcome.WorkOrder, "RT-9", (string?)null), (resolved.EntryId, resolved.Outcome, resolved.RecordId, resolved.Reason));
        Assert.Equal(ShiftHandoverRejectionCodes.NightEntryUnknown, Refused(handover.ResolveNightEntry(Li, "N-1", NightEntryOutcome.ComplaintRecord, "CP-1", _f.Now)).Code);
        _f.Record(handover.ResolveNightEntry(Li, "N-2", NightEntryOutcome.ComplaintRecord, "CP-4", _f.Now));
        var carried = Assert.IsType<NightEntryResolved>(Assert.Single(_f.Record(handover.ResolveNightEntry(Li, "N-3", NightEntryOutcome.CarriedOver, " Resident away until noon ", _f.Now))));
        Assert.Equal(((string?)null, "Resident away until noon"), (carried.RecordId, carried.Reason));
        Assert.Empty(handover.UnresolvedNightEntries);
        Assert.Equal(["N-1", "N-2", "N-3"], handover.NightEntryResolutions.Select(r => r.EntryId));

        _f.Record(handover.Complete(Li, _f.Tick()));
        Assert.Equal(HandoverState.Completed, handover.State);
    }

    [Fact]
    public void Schedule_is_refused_between_shifts_that_do_not_meet_or_people_not_on_them_CS16()
    {
        var morning = _f.Morning;
        var noon = _f.Roster.NextShiftChange(morning.Start)!;

        var gap = Refused(ShiftHandover.Schedule("HO-9", _f.Night, Chen, noon, noon.People[0], Supervisor, _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.NotConsecutive, "CS-16", "IncomingShift"), (gap.Code, gap.RuleId, gap.Field));
        Assert.StartsWith("Noon of 2026-03-03 does not start when Night of 2026-03-02 ends", gap.Message, StringComparison.Ordinal);

        var notOn = Refused(ShiftHandover.Schedule("HO-9", _f.Night, Liu, morning, Li, Supervisor, _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.NotOnShift, "Outgoing", "刘师傅 is not on Night of 2026-03-02."), (notOn.Code, notOn.Field, notOn.Message));
        Assert.Equal("Incoming", Refused(ShiftHandover.Schedule("HO-9", _f.Night, Chen, morning, Zhao, Supervisor, _f.Now)).Field);
        var same = Refused(ShiftHandover.Schedule("HO-9", _f.Night, Chen, morning, Chen, Supervisor, _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.NotOnShift, "陈师傅 is on both shifts; a handover is between two people."), (same.Code, same.Message));
        Assert.Equal(ShiftHandoverRejectionCodes.WrongSite, Refused(ShiftHandover.Schedule("HO-9", _f.Night, Chen, morning, Li, Stranger, _f.Now)).Code);
        var bystander = Refused(ShiftHandover.Schedule("HO-9", _f.Night, Chen, morning, Li, Zhao, _f.Now));
        Assert.Equal((ShiftHandoverRejectionCodes.NotAParty, "Actor"), (bystander.Code, bystander.Field));
        Assert.True(ShiftHandover.Schedule("HO-9", _f.Night, Chen, morning, Li, Li, _f.Now).IsSuccess);

        Assert.Throws<ArgumentException>(() => ShiftHandover.Schedule(" ", _f.Night, Chen, morning, Li, Li, _f.Now));
        var options = Assert.Throws<ArgumentException>(() => ShiftHandover.Schedule("HO-9", _f.Night, Chen, morning, Li, Li, _f.Now, new ShiftHandoverOptions { ArriveBefore = Duration.FromMinutes(-1) }));
        Assert.Equal(("options", "The shift handover options are invalid: ArriveBefore must be from 0 to 12 hours, but was -0:00:01:00. (Parameter 'options')"), (options.ParamName, options.Message));
    }

    [Fact]
    public void Permitted_actions_follow_the_person_and_the_step()
    {
        var handover = _f.Schedule();

        Assert.Equal([HandoverAction.Arrive], handover.PermittedActions(Li).Where(p => p.IsPermitted).Select(p => p.Action));
        Assert.Equal([HandoverAction.ReportAbsence], handover.PermittedActions(Chen).Where(p => p.IsPermitted).Select(p => p.Action));
        Assert.Null(handover.WhyNot(Supervisor, HandoverAction.ReportAbsence));
        Assert.Equal(ShiftHandoverRejectionCodes.WrongSite, handover.WhyNot(Stranger, HandoverAction.Arrive)!.Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => handover.WhyNot(Li, (HandoverAction)99));
        Assert.Contains("stateDiagram-v2", ShiftHandover.MermaidGraph(), StringComparison.Ordinal);
        Assert.Contains("digraph", ShiftHandover.DotGraph(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_items_or_tools_that_throws_changes_nothing_and_the_handover_stays_usable_CS17_CS18()
    {
        var handover = _f.Schedule();
        _f.Record(handover.Arrive(Li, _f.Now));
        var before = Snapshot(handover);

        static IEnumerable<T> Throwing<T>(T first)
        {
            yield return first;
            throw new InvalidOperationException("the caller's list failed");
        }

        Assert.Throws<InvalidOperationException>(() => handover.HandOverItems(Chen, Throwing(new HandoverItem(HandoverItemKind.PointOfAttention, null, "Lift")), _f.Tick()));
        Assert.Equal(before, Snapshot(handover));
        _f.Record(handover.HandOverItems(Chen, [], _f.Now));
        Assert.Throws<InvalidOperationException>(() => handover.CountTools(Li, _f.Inventory, Throwing(Torch.Code), _f.Tick()));
        Assert.Equal(HandoverState.CountingTools, handover.State);
        _f.Record(handover.CountTools(Li, _f.Inventory, [Torch.Code], _f.Now));
        Assert.Equal(2, handover.ToolLosses.Count);
    }
}
