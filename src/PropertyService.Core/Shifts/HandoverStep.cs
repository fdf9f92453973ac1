using NodaTime;

namespace PropertyService.Shifts;

/// <summary>
/// What the guards of the handover workflow read: the handover, who acts and when. It is the Stateless trigger
/// parameter, made once per command or query.
/// </summary>
/// <param name="handover">The handover, as it is before the step.</param>
/// <param name="actor">Who acts; when a history is replayed, the event's actor.</param>
/// <param name="at">When the step happens; for a query, null (a guard on time then holds).</param>
internal sealed class HandoverStep(ShiftHandover handover, Actor actor, Instant? at)
{
    internal ShiftHandover Handover { get; } = handover;

    internal Actor Actor { get; } = actor;

    internal Instant? At { get; } = at;

    internal bool IsIncoming => Handover.Incoming.Equals(Actor);

    internal bool IsOutgoing => Handover.Outgoing.Equals(Actor);
}
