using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>The outgoing person handed over every outstanding item, in writing where CS-17 requires it.</summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">The outgoing person.</param>
/// <param name="Items">The items; none when nothing is outstanding.</param>
/// <exception cref="ArgumentNullException"><paramref name="Items"/> or one of them is null.</exception>
[EventType("shift.items-handed-over")]
public sealed record ItemsHandedOver(string AggregateId, int Version, Instant OccurredAt, Actor Actor, IReadOnlyList<HandoverItem> Items)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The items, in the order handed over.</summary>
    public IReadOnlyList<HandoverItem> Items { get; } = Array.AsReadOnly(Preconditions.CheckNotNull(Items).Select((item, i) => item ?? throw new ArgumentNullException(nameof(Items), $"Items[{i}] is null.")).ToArray());
}
