using NodaTime;
using PropertyService.Utility;
using static PropertyService.Shifts.ShiftHandoverRejectionCodes;
using T = PropertyService.Shifts.HandoverTrigger;

namespace PropertyService.Shifts;

/// <content>The commands and queries of a handover, each on the workflow kernel: shared checks, own arguments, one commit.</content>
public sealed partial class ShiftHandover
{
    /// <summary>The incoming person arrives at the post; on time only at or before <see cref="ArriveBy"/> (CS-16). The CS-16 target stops.</summary>
    /// <param name="actor">The incoming person.</param>
    /// <param name="at">When they arrived.</param>
    /// <returns>An <see cref="IncomingArrived"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Result<IReadOnlyList<DomainEvent>> Arrive(Actor actor, Instant at) =>
        Simple(T.Arrive, actor, at, (h, a, t) => new IncomingArrived(h.Id, h.Version + 1, t, a, t > h.ArriveBy));

    /// <summary>
    /// Records that the incoming person had not arrived when the shift started (CS-20): the outgoing person stays, and
    /// the escalation rules alert the supervisor on the event. Once per handover.
    /// </summary>
    /// <param name="actor">The outgoing person, or a service-center supervisor or manager.</param>
    /// <param name="at">When; not before the shift start.</param>
    /// <returns>An <see cref="IncomingAbsent"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReportAbsence(Actor actor, Instant at) =>
        Simple(T.ReportAbsence, actor, at, (h, a, t) => new IncomingAbsent(h.Id, h.Version + 1, t, a));

    /// <summary>
    /// The outgoing person hands over every outstanding item (CS-17): repairs, complaints and other major matters each
    /// with a written note; night-log entries by their id, to be resolved before the handover completes (CS-15).
    /// </summary>
    /// <param name="actor">The outgoing person.</param>
    /// <param name="items">The items; none when nothing is outstanding.</param>
    /// <param name="at">When.</param>
    /// <returns>An <see cref="ItemsHandedOver"/>, or a rejection naming the first item at fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/>, <paramref name="items"/> or an item is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Result<IReadOnlyList<DomainEvent>> HandOverItems(Actor actor, IEnumerable<HandoverItem> items, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        var list = Preconditions.CheckNotNull(items).Select((item, i) => item ?? throw new ArgumentNullException(nameof(items), $"items[{i}] is null.")).ToArray();
        using var use = _log.Use();
        var step = new HandoverStep(this, actor, at);
        return (Check(T.HandOverItems, step, at) ?? CheckItems(list)) is { } rejection
            ? rejection
            : Commit(T.HandOverItems, step, new ItemsHandedOver(Id, Version + 1, at, actor, list));
    }

    /// <summary>
    /// The incoming officer turns a night-log entry handed over into a record, keeping its original time, or carries it
    /// over with a reason (CS-15). Each entry once; the handover completes only when every one is resolved.
    /// </summary>
    /// <param name="actor">The incoming person.</param>
    /// <param name="entryId">The night-log entry, as handed over.</param>
    /// <param name="outcome">What became of it.</param>
    /// <param name="recordIdOrReason">The record it became, or, when <see cref="NightEntryOutcome.CarriedOver"/>, why.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="NightEntryResolved"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="entryId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Result<IReadOnlyList<DomainEvent>> ResolveNightEntry(Actor actor, string entryId, NightEntryOutcome outcome, string? recordIdOrReason, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(entryId);
        Preconditions.CheckDefined(outcome);
        using var use = _log.Use();
        var step = new HandoverStep(this, actor, at);
        if ((Check(T.ResolveNightEntry, step, at) ?? CheckResolution(entryId, outcome, recordIdOrReason)) is { } rejection)
        {
            return rejection;
        }

        var carried = outcome == NightEntryOutcome.CarriedOver;
        var text = recordIdOrReason!.Trim();
        return Commit(T.ResolveNightEntry, step, new NightEntryResolved(Id, Version + 1, at, actor, entryId, outcome, carried ? null : text, carried ? text : null));
    }

    /// <summary>
    /// Records the tool count against <paramref name="inventory"/> (CS-18): every tool not found is a loss, answered for
    /// at its replacement price (CS-10) by the borrower when a loan was recorded, otherwise by the outgoing person.
    /// </summary>
    /// <param name="actor">The outgoing or incoming person.</param>
    /// <param name="inventory">The site's tools and loans.</param>
    /// <param name="counted">The codes of the tools found, each once.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="ToolsCounted"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the codes is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Result<IReadOnlyList<DomainEvent>> CountTools(Actor actor, ToolInventory inventory, IEnumerable<string> counted, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(inventory);
        var codes = Preconditions.CheckNotNull(counted).Select((c, i) => c ?? throw new ArgumentNullException(nameof(counted), $"counted[{i}] is null.")).ToArray();
        using var use = _log.Use();
        var step = new HandoverStep(this, actor, at);
        if ((Check(T.CountTools, step, at) ?? CheckCount(inventory, codes)) is { } rejection)
        {
            return rejection;
        }

        var loans = inventory.Loans;
        return Commit(T.CountTools, step, new ToolsCounted(Id, Version + 1, at, actor, inventory.Tools, codes, loans, LossesOf(inventory.Tools, codes, loans)));
    }

    /// <summary>The incoming person inspects the post and accepts it, or rejects it with a reason to be tidied again (CS-19).</summary>
    /// <param name="actor">The incoming person.</param>
    /// <param name="accepted">Whether the post is accepted.</param>
    /// <param name="reason">Why it is rejected; required when <paramref name="accepted"/> is false, ignored otherwise.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="PostInspected"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Result<IReadOnlyList<DomainEvent>> InspectPost(Actor actor, bool accepted, string? reason, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HandoverStep(this, actor, at);
        var trigger = accepted ? T.AcceptPost : T.RejectPost;
        if (Check(trigger, step, at) is { } rejection)
        {
            return rejection;
        }

        if (!accepted && string.IsNullOrWhiteSpace(reason))
        {
            return Rejection.Localized(ReasonRequired, "CS-19", "Reason", "Handover.ReasonRequired");
        }

        return Commit(trigger, step, new PostInspected(Id, Version + 1, at, actor, accepted, accepted ? null : reason!.Trim()));
    }

    /// <summary>The outgoing person tidies the post again after a rejection (CS-19).</summary>
    /// <param name="actor">The outgoing person.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="PostTidied"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Result<IReadOnlyList<DomainEvent>> TidyPost(Actor actor, Instant at) =>
        Simple(T.TidyPost, actor, at, (h, a, t) => new PostTidied(h.Id, h.Version + 1, t, a));

    /// <summary>
    /// Completes the handover once the post is accepted and every night-log entry resolved; the outgoing person may
    /// leave, with the overtime they stayed past the shift's end recorded (CS-19, CS-20).
    /// </summary>
    /// <param name="actor">The outgoing or incoming person.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="HandoverCompleted"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Result<IReadOnlyList<DomainEvent>> Complete(Actor actor, Instant at) =>
        Simple(T.Complete, actor, at, (h, a, t) => new HandoverCompleted(h.Id, h.Version + 1, t, a, h.Overtime(t)));

    /// <summary>
    /// Every action, and whether <paramref name="actor"/> may take it now; each forbidden one carries the rejection its
    /// command would return. Judged on site, state and guards (arguments assumed valid, time assumed late enough).
    /// </summary>
    /// <param name="actor">The actor asking.</param>
    /// <returns>One entry per <see cref="HandoverAction"/>, in enum order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public IReadOnlyList<PermittedAction<HandoverAction>> PermittedActions(Actor actor)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HandoverStep(this, actor, null);
        return Array.ConvertAll(AllActions, a => new PermittedAction<HandoverAction>(a, Judge(a, step)));
    }

    /// <summary>Why <paramref name="actor"/> may not take <paramref name="action"/> now, or null when permitted.</summary>
    /// <param name="actor">The actor asking.</param>
    /// <param name="action">The action.</param>
    /// <returns>The rejection its command would return (arguments assumed valid), or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the handover.</exception>
    public Rejection? WhyNot(Actor actor, HandoverAction action)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(action);
        using var use = _log.Use();
        return Judge(action, new HandoverStep(this, actor, null));
    }

    // CS-10, CS-18: a tool not found is answered for by its borrower when the loan was recorded, else by the outgoing person.
    private ToolLoss[] LossesOf(IReadOnlyList<Tool> expected, string[] counted, IReadOnlyList<ToolLoan> loans) =>
        [.. expected
            .Where(t => Array.IndexOf(counted, t.Code) < 0)
            .Select(t => loans.FirstOrDefault(l => l.ToolCode == t.Code) is { } loan ? new ToolLoss(t, loan.Borrower, true) : new ToolLoss(t, Outgoing, false))];

    // CS-17: in writing where required; CS-15: night entries named, each record once.
    private static Rejection? CheckItems(HandoverItem[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.NeedsWrittenNote && item.Note is null)
            {
                return Rejection.Localized(
                    WrittenNoteRequired,
                    "CS-17",
                    $"Items[{i}].Note",
                    "Handover.WrittenNoteRequired",
                    i,
                    item.Text(),
                    item.IsMajor ? new LocalizedText("Handover.MajorMatter") : LocalizedText.Of("HandoverItemKind", item.Kind));
            }

            if (item.Kind == HandoverItemKind.NightLogEntry && item.Reference is null)
            {
                return Rejection.Localized(ReferenceRequired, "CS-15", $"Items[{i}].Reference", "Handover.ReferenceRequired", i, item.Text());
            }

            var first = Array.FindIndex(items, x => x.Reference is not null && x.Kind == item.Kind && x.Reference == item.Reference);
            if (first >= 0 && first < i)
            {
                return Rejection.Localized(
                    ItemListedTwice, "CS-17", $"Items[{i}].Reference", "Handover.ItemListedTwice", first, i, LocalizedText.Of("HandoverItemKind", item.Kind), item.Reference);
            }
        }

        return null;
    }

    private Rejection? CheckResolution(string entryId, NightEntryOutcome outcome, string? recordIdOrReason) =>
        !_nightEntries.Contains(entryId)
            ? Rejection.Localized(NightEntryUnknown, "CS-15", "EntryId", "Handover.NightEntryNotHandedOver", entryId)
        : _resolutions.ContainsKey(entryId)
            ? Rejection.Localized(NightEntryUnknown, "CS-15", "EntryId", "Handover.NightEntryResolved", entryId, LocalizedText.Of("NightEntryOutcome", _resolutions[entryId].Outcome))
        : string.IsNullOrWhiteSpace(recordIdOrReason)
            ? outcome == NightEntryOutcome.CarriedOver
                ? Rejection.Localized(ResolutionIncomplete, "CS-15", "RecordIdOrReason", "Handover.CarryOverReasonRequired", entryId)
                : Rejection.Localized(ResolutionIncomplete, "CS-15", "RecordIdOrReason", "Handover.RecordRequired", entryId, LocalizedText.Of("NightEntryOutcome", outcome))
            : null;

    private Rejection? CheckCount(ToolInventory inventory, string[] codes)
    {
        if (inventory.Site != Site)
        {
            return Rejection.Localized(ToolUnknown, "CS-18", "Inventory", "Handover.InventoryOtherSite", inventory.Site, Site);
        }

        for (var i = 0; i < codes.Length; i++)
        {
            if (inventory.Find(codes[i]) is null)
            {
                return Rejection.Localized(ToolUnknown, "CS-18", $"Counted[{i}]", "Handover.ToolUnknown", codes[i], Site);
            }

            var first = Array.IndexOf(codes, codes[i]);
            if (first < i)
            {
                return Rejection.Localized(ToolCountedTwice, "CS-18", $"Counted[{i}]", "Handover.ToolCountedTwice", codes[i], first, i);
            }
        }

        return null;
    }
}
