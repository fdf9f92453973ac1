using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// A handover between the outgoing person of one shift and the incoming person of the next was scheduled. The CS-16
/// target starts here: the incoming person is due at <see cref="ArriveBy"/>, 15 minutes before <see cref="ShiftStartsAt"/> by default.
/// </summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who scheduled it.</param>
/// <param name="Site">The site.</param>
/// <param name="OutgoingShift">The outgoing shift's name.</param>
/// <param name="OutgoingDate">The date the outgoing shift started on.</param>
/// <param name="Outgoing">The outgoing person.</param>
/// <param name="IncomingShift">The incoming shift's name.</param>
/// <param name="IncomingDate">The date the incoming shift starts on.</param>
/// <param name="Incoming">The incoming person.</param>
/// <param name="ShiftStartsAt">When the incoming shift starts and the outgoing one ends.</param>
/// <param name="ArriveBy">When the incoming person must be there to be on time (CS-16); not after <paramref name="ShiftStartsAt"/>.</param>
/// <exception cref="ArgumentNullException">A text or person is null.</exception>
/// <exception cref="ArgumentException">A text is blank, the site is empty, or <paramref name="ArriveBy"/> is after <paramref name="ShiftStartsAt"/>.</exception>
[EventType("shift.handover-scheduled")]
public sealed record HandoverScheduled(
    string AggregateId, int Version, Instant OccurredAt, Actor Actor, SiteId Site,
    string OutgoingShift, LocalDate OutgoingDate, Actor Outgoing, string IncomingShift, LocalDate IncomingDate, Actor Incoming,
    Instant ShiftStartsAt, Instant ArriveBy)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The site.</summary>
    public SiteId Site { get; } = Site.IsEmpty ? throw new ArgumentException("A handover belongs to a site.", nameof(Site)) : Site;

    /// <summary>The outgoing shift's name.</summary>
    public string OutgoingShift { get; } = Preconditions.CheckNotBlank(OutgoingShift);

    /// <summary>The outgoing person.</summary>
    public Actor Outgoing { get; } = Preconditions.CheckNotNull(Outgoing);

    /// <summary>The incoming shift's name.</summary>
    public string IncomingShift { get; } = Preconditions.CheckNotBlank(IncomingShift);

    /// <summary>The incoming person.</summary>
    public Actor Incoming { get; } = Preconditions.CheckNotNull(Incoming);

    /// <summary>When the incoming person must be there to be on time (CS-16).</summary>
    public Instant ArriveBy { get; } = ArriveBy > ShiftStartsAt ? throw new ArgumentException("The incoming person is due before the shift starts (CS-16).", nameof(ArriveBy)) : ArriveBy;
}
