using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Complaints;

/// <summary>The department concerned was notified of the complaint (CS-13, CS-15).</summary>
/// <param name="AggregateId">The complaint's identifier.</param>
/// <param name="Version">The complaint's version after this event.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Actor">Who notified it.</param>
/// <param name="Department">The department, such as engineering or security.</param>
/// <exception cref="ArgumentNullException"><paramref name="Department"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Department"/> is blank.</exception>
[EventType("complaint.department-notified")]
public sealed record ComplaintDepartmentNotified(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Department)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The department.</summary>
    public string Department { get; } = Preconditions.CheckNotBlank(Department);
}
