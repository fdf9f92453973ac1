using NodaTime;

namespace PropertyService.Sla;

/// <summary>A timing target was missed: its deadline passed before it was met.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed record SlaBreached : SlaAlert
{
    /// <summary>Creates the alert.</summary>
    /// <param name="aggregateId">The aggregate the timer belongs to.</param>
    /// <param name="target">The target.</param>
    /// <param name="deadline">The deadline that passed (also <see cref="SlaAlert.DueAt"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="aggregateId"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="aggregateId"/> is blank.</exception>
    public SlaBreached(string aggregateId, SlaTarget target, Instant deadline)
        : base(aggregateId, target, deadline, deadline)
    {
    }
}
