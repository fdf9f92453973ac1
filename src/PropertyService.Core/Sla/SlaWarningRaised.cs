using NodaTime;

namespace PropertyService.Sla;

/// <summary>A timing target is about to be missed: its warning threshold (75 % by default) has passed.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed record SlaWarningRaised : SlaAlert
{
    /// <summary>Creates the alert.</summary>
    /// <param name="aggregateId">The aggregate the timer belongs to.</param>
    /// <param name="target">The target.</param>
    /// <param name="dueAt">When the warning became due.</param>
    /// <param name="deadline">The target's deadline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="aggregateId"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="aggregateId"/> is blank.</exception>
    public SlaWarningRaised(string aggregateId, SlaTarget target, Instant dueAt, Instant deadline)
        : base(aggregateId, target, dueAt, deadline)
    {
    }
}
