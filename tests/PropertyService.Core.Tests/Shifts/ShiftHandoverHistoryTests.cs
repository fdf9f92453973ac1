using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

/// <summary>A handover's history is evidence: one the commands could not have recorded does not load.</summary>
public class ShiftHandoverHistoryTests
{
    /// <summary>The history of a whole handover: late arrival, items, a missing tool, a rejection, a night entry, completion.</summary>
    private static List<DomainEvent> FullHistory()
    {
        var f = new HandoverFixture();
        var handover = f.Schedule();
        f.Record(handover.ReportAbsence(Chen, At(3, 3, 8, 30)));
        f.Record(handover.Arrive(Li, At(3, 3, 8, 40)));
        f.Record(handover.HandOverItems(Chen, [new HandoverItem(HandoverItemKind.NightLogEntry, "N-1", "02:10 leak")], At(3, 3, 8, 41)));
        f.Record(handover.CountTools(Li, f.Inventory.Lend(Ladder.Code, Liu, Chen, At(3, 3, 2, 0)), [Torch.Code], At(3, 3, 8, 45)));
        f.Record(handover.InspectPost(Li, false, "Logbook open", At(3, 3, 8, 46)));
        f.Record(handover.TidyPost(Chen, At(3, 3, 8, 47)));
        f.Record(handover.InspectPost(Li, true, null, At(3, 3, 8, 48)));
        f.Record(handover.ResolveNightEntry(Li, "N-1", NightEntryOutcome.WorkOrder, "RT-9", At(3, 3, 8, 49)));
        f.Record(handover.Complete(Li, At(3, 3, 8, 50)));
        return f.Events;
    }

    private static void Refused(IEnumerable<DomainEvent> events, int version, string reason)
    {
        var ex = Assert.Throws<InvalidHistoryException>(() => ShiftHandover.FromEvents(events));
        Assert.Equal(version, ex.Version);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    private static List<DomainEvent> With(int version, DomainEvent forged)
    {
        var events = FullHistory();
        events[version - 1] = forged;
        return events;
    }

    [Fact]
    public void A_whole_handover_rebuilds_exactly()
    {
        var events = FullHistory();
        var rebuilt = ShiftHandover.FromEvents(events);

        Assert.Equal(HandoverState.Completed, rebuilt.State);
        Assert.Equal(Duration.FromMinutes(20), rebuilt.Overtime(At(3, 4, 0, 0)));
        Assert.Equal((true, true, 1), (rebuilt.ArrivedLate, rebuilt.AbsenceReported, rebuilt.PostRejections));
        Assert.Equal(2, rebuilt.ToolLosses.Count);
        Assert.Equal(events, rebuilt.Events);
    }

    [Fact]
    public void A_forged_lateness_flag_is_refused_CS16()
    {
        Refused(With(3, new IncomingArrived("HO-1", 3, At(3, 3, 8, 40), Li, Late: false)), 3, "recorded on time, but the incoming person was due by");
        var early = FullHistory().Take(1).Append(new IncomingArrived("HO-1", 2, At(3, 3, 8, 10), Li, Late: true));
        Refused(early, 2, "recorded late");
    }

    [Fact]
    public void An_arrival_by_someone_else_or_an_absence_before_the_shift_is_refused_CS16_CS20()
    {
        Refused(With(3, new IncomingArrived("HO-1", 3, At(3, 3, 8, 40), Wang, Late: true)), 3, "requires that only the incoming person records their own arrival");
        Refused(With(2, new IncomingAbsent("HO-1", 2, At(3, 3, 8, 29), Chen)), 2, "requires that the incoming shift has started");
    }

    [Fact]
    public void Items_without_their_written_note_are_refused_CS17()
    {
        var unwritten = new ItemsHandedOver("HO-1", 4, At(3, 3, 8, 41), Chen, [new HandoverItem(HandoverItemKind.Complaint, "CP-1", "Noise")]);
        Refused(With(4, unwritten), 4, "must be handed over with a written note");
    }

    [Fact]
    public void Forged_tool_losses_are_refused_CS10_CS18()
    {
        var c = (ToolsCounted)FullHistory()[4];
        ToolsCounted Forged(IReadOnlyList<string> counted, IReadOnlyList<ToolLoss> losses) => new(c.AggregateId, c.Version, c.OccurredAt, c.Actor, c.Expected, counted, c.Loans, losses);
        Refused(With(5, Forged(c.Counted, [])), 5, "the tool losses recorded are not those the count and the loans make");
        Refused(With(5, Forged(c.Counted, [new ToolLoss(Multimeter, Liu, false), c.Losses[1]])), 5, "the tool losses recorded are not");
        Refused(With(5, Forged([Torch.Code, Torch.Code], c.Losses)), 5, "counted twice");
    }

    [Fact]
    public void Forged_resolutions_and_overtime_are_refused_CS15_CS20()
    {
        Refused(With(9, new NightEntryResolved("HO-1", 9, At(3, 3, 8, 49), Li, "N-7", NightEntryOutcome.WorkOrder, "RT-9", null)), 9, "was not handed over in this handover");
        Refused(With(10, new HandoverCompleted("HO-1", 10, At(3, 3, 8, 50), Li, Duration.Zero)), 10, "the overtime recorded");
        var skipped = FullHistory();
        skipped.RemoveAt(8); // the night entry is never resolved
        Refused(skipped.Take(8).Append(new HandoverCompleted("HO-1", 9, At(3, 3, 8, 50), Li, Duration.FromMinutes(20))), 9, "requires that every night-log entry handed over is turned into a record or carried over");
    }

    [Fact]
    public void A_history_must_start_with_its_schedule_and_follow_the_workflow()
    {
        Refused([], 0, "a shift handover has at least one event");
        Refused(FullHistory().Skip(1), 1, "a shift handover's history starts with HandoverScheduled, not IncomingAbsent");
        var events = FullHistory();
        Refused(events.Take(2).Append(new PostTidied("HO-1", 3, At(3, 3, 8, 40), Chen)), 3, "TidyPost is not possible while the handover is AwaitingIncoming");
        var s = (HandoverScheduled)events[0];
        HandoverScheduled Forged(int version, Actor actor, Actor incoming) =>
            new(s.AggregateId, version, s.OccurredAt, actor, s.Site, s.OutgoingShift, s.OutgoingDate, s.Outgoing, s.IncomingShift, s.IncomingDate, incoming, s.ShiftStartsAt, s.ArriveBy);
        Refused(events.Take(1).Append(Forged(2, s.Actor, s.Incoming)), 2, "cannot follow the first event of a shift handover");
        Refused([Forged(1, s.Actor, Chen)], 1, "is on both shifts");
        Refused([Forged(1, Zhao, s.Incoming)], 1, "Only the outgoing or incoming person or a service-center supervisor or manager schedules a handover");
        Assert.Throws<ArgumentNullException>(() => ShiftHandover.FromEvents(null!));
        Refused(events.Take(1).Append(null!), 2, "the event is null");
    }
}
