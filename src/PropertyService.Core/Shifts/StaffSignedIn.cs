using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>A member of staff signed in at the service center before going out to work (CS-05).</summary>
/// <param name="AggregateId">The sign-in sheet's identifier.</param>
/// <param name="Version">The sheet's version after this event.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Actor">The person signing in; everyone signs for themselves.</param>
/// <param name="Task">Where they are going and what for.</param>
/// <exception cref="ArgumentNullException"><paramref name="Task"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Task"/> is blank.</exception>
[EventType("shift.staff-signed-in")]
public sealed record StaffSignedIn(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Task)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Where they are going and what for.</summary>
    public string Task { get; } = Preconditions.CheckNotBlank(Task);
}
