using NodaTime;
using PropertyService.Utility;
using T = PropertyService.Shifts.HandoverTrigger;

namespace PropertyService.Shifts;

/// <content>How commands run on the workflow kernel, and how a history is replayed and applied.</content>
public sealed partial class ShiftHandover
{
    /// <summary>Site, state and guards of an action, for the queries.</summary>
    private Rejection? Judge(HandoverAction action, HandoverStep step) =>
        Flow.CheckSite(Site, step.Actor) ?? Flow.CheckRole(step.Actor, action) ?? Flow.JudgeAction(State, action, step);

    /// <summary>The shared checks of a command: site, time, role, then state and guards.</summary>
    private Rejection? Check(T trigger, HandoverStep step, Instant at) =>
        Flow.CheckActor(Site, LastEventAt, step.Actor, at, Flow.ActionOf(trigger)) ?? Flow.Judge(State, trigger, step);

    /// <summary>A command with no arguments of its own: the shared checks, then commit.</summary>
    private Result<IReadOnlyList<DomainEvent>> Simple(T trigger, Actor actor, Instant at, Func<ShiftHandover, Actor, Instant, DomainEvent> create)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HandoverStep(this, actor, at);
        return Check(trigger, step, at) is { } rejection ? rejection : Commit(trigger, step, create(this, actor, at));
    }

    /// <summary>The machine fires the trigger and says where it leads; the event is applied and must lead there too.</summary>
    private Result<IReadOnlyList<DomainEvent>> Commit(T trigger, HandoverStep step, DomainEvent e)
    {
        var to = Flow.Fire(State, trigger, step);
        Apply(e);
        if (State != to)
        {
            throw new InvalidOperationException($"The workflow moved handover {Id} to {to}, but {e.GetType().Name} leads to {State}.");
        }

        return Array.AsReadOnly(new[] { e });
    }

    /// <summary>The first event of a history: a schedule the commands could have made.</summary>
    private static ShiftHandover Start(DomainEvent? e)
    {
        if (e is not HandoverScheduled scheduled)
        {
            throw new InvalidHistoryException(e?.AggregateId, 1, $"a shift handover's history starts with {nameof(HandoverScheduled)}, not {e?.GetType().Name ?? "null"}.");
        }

        var handover = new ShiftHandover(scheduled.AggregateId);
        handover._log.Admit(scheduled);
        var why = CheckParties(scheduled.Actor, scheduled.Outgoing, scheduled.Incoming)?.Message
            ?? (scheduled.Site != scheduled.Actor.Site ? $"the handover is at site {scheduled.Site} but was scheduled by {scheduled.Actor.DisplayName} of site {scheduled.Actor.Site}." : null);
        if (why is not null)
        {
            throw new InvalidHistoryException(scheduled.AggregateId, 1, why);
        }

        handover.Apply(scheduled);
        return handover;
    }

    /// <summary>The trigger an event fired, or null for an event no command records after the first.</summary>
    private static T? TriggerOf(DomainEvent e) => e switch
    {
        IncomingArrived => T.Arrive,
        IncomingAbsent => T.ReportAbsence,
        ItemsHandedOver => T.HandOverItems,
        NightEntryResolved => T.ResolveNightEntry,
        ToolsCounted => T.CountTools,
        PostInspected p => p.Accepted ? T.AcceptPost : T.RejectPost,
        PostTidied => T.TidyPost,
        HandoverCompleted => T.Complete,
        _ => null,
    };

    /// <summary>Replays one event after the first: it must be a step the commands could have recorded.</summary>
    /// <exception cref="InvalidHistoryException">It is not.</exception>
    private void Replay(DomainEvent? e)
    {
        var version = Version + 1;
        if (e is null)
        {
            throw new InvalidHistoryException(Id, version, "the event is null.");
        }

        _log.Admit(e);
        var why = TriggerOf(e) is { } trigger
            ? CheckArguments(e) ?? Flow.CheckReplay(State, trigger, StateAfter(e), new HandoverStep(this, e.Actor, e.OccurredAt))
            : $"{e.GetType().Name} cannot follow the first event of a shift handover";
        if (why is not null)
        {
            throw new InvalidHistoryException(Id, version, why.EndsWith('.') ? why : why + ".");
        }

        Apply(e);
    }

    /// <summary>What a command checks of its arguments and its event keeps, checked again on replay.</summary>
    private string? CheckArguments(DomainEvent e) => e switch
    {
        IncomingArrived a when a.Late != (a.OccurredAt > ArriveBy) =>
            a.Late ? $"the arrival at {a.OccurredAt} is recorded late, but the incoming person was due by {ArriveBy} (CS-16)"
                : $"the arrival at {a.OccurredAt} is recorded on time, but the incoming person was due by {ArriveBy} (CS-16)",
        ItemsHandedOver i => CheckItems([.. i.Items])?.Message,
        NightEntryResolved r => CheckResolution(r.EntryId, r.Outcome, r.RecordId ?? r.Reason)?.Message,
        ToolsCounted c => CheckCounted(c),
        HandoverCompleted c when c.Overtime != Overtime(c.OccurredAt) =>
            $"the overtime recorded ({c.Overtime}) is not the time from the shift start {ShiftStartsAt} to completion ({Overtime(c.OccurredAt)}) (CS-20)",
        _ => null,
    };

    // CS-18: the count is of the tools listed, each once; CS-10: the losses are exactly those the count and the loans make.
    private string? CheckCounted(ToolsCounted c)
    {
        var inventory = new ToolInventory(Site, c.Expected, c.Loans);
        var codes = c.Counted.ToArray();
        return CheckCount(inventory, codes)?.Message
            ?? (LossesOf(c.Expected, codes, c.Loans).SequenceEqual(c.Losses)
                ? null
                : "the tool losses recorded are not those the count and the loans make: each tool not found is answered for by its borrower, or else the outgoing person (CS-10, CS-18)");
    }

    /// <summary>Where an event leads from the current state.</summary>
    private HandoverState StateAfter(DomainEvent e) => e switch
    {
        HandoverScheduled => HandoverState.AwaitingIncoming,
        IncomingArrived => HandoverState.HandingOverItems,
        ItemsHandedOver => HandoverState.CountingTools,
        ToolsCounted => HandoverState.AwaitingInspection,
        PostInspected p => p.Accepted ? HandoverState.PostAccepted : HandoverState.Tidying,
        PostTidied => HandoverState.AwaitingInspection,
        HandoverCompleted => HandoverState.Completed,
        _ => State, // an absence report or a night entry's resolution leaves the state as it is
    };

    private void Apply(DomainEvent e)
    {
        var next = StateAfter(e);
        switch (e)
        {
            case HandoverScheduled s:
                _log.Site = s.Site;
                Outgoing = s.Outgoing;
                Incoming = s.Incoming;
                OutgoingShift = s.OutgoingShift;
                IncomingShift = s.IncomingShift;
                IncomingDate = s.IncomingDate;
                ShiftStartsAt = s.ShiftStartsAt;
                ArriveBy = s.ArriveBy;
                break;
            case IncomingArrived a:
                ArrivedAt = a.OccurredAt;
                ArrivedLate = a.Late;
                break;
            case IncomingAbsent:
                AbsenceReported = true;
                break;
            case ItemsHandedOver i:
                _items.AddRange(i.Items);
                _nightEntries.AddRange(i.Items.Where(x => x.Kind == HandoverItemKind.NightLogEntry).Select(x => x.Reference!));
                break;
            case NightEntryResolved r:
                _resolutions.Add(r.EntryId, r);
                break;
            case ToolsCounted c:
                ToolCount = c;
                break;
            case PostInspected { Accepted: false }:
                PostRejections++;
                break;
            case HandoverCompleted c:
                CompletedAt = c.OccurredAt;
                break;
        }

        State = next;
        _log.Add(e);
    }
}
