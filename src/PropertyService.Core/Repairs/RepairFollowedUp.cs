using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>
/// The service center made the follow-up visit and recorded the resident's satisfaction (RP-03 (4)). Unless dissatisfied,
/// the ticket is closed; a dissatisfied resident's ticket is reopened, or closed with a complaint record opened instead
/// (<see cref="ComplaintId"/>).
/// </summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Satisfaction">The resident's satisfaction.</param>
/// <param name="Comment">The resident's comment, or null.</param>
[EventType("repair.followed-up")]
public sealed record RepairFollowedUp(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Satisfaction Satisfaction, string? Comment)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The resident's satisfaction.</summary>
    public Satisfaction Satisfaction { get; } = Preconditions.CheckDefined(Satisfaction);

    /// <summary>The resident's comment, or null.</summary>
    public string? Comment { get; } = EventText.Optional(Comment);

    /// <summary>
    /// The complaint record opened for a dissatisfied resident instead of reopening the ticket, or null. Only a
    /// dissatisfied follow-up opens one.
    /// </summary>
    /// <exception cref="ArgumentException">Set for a follow-up that is not dissatisfied.</exception>
    public string? ComplaintId
    {
        get;
        init => field = value is null ? null
            : Satisfaction != Satisfaction.Dissatisfied ? throw new ArgumentException("Only a dissatisfied follow-up opens a complaint record.", nameof(ComplaintId))
            : EventText.Required(value, nameof(ComplaintId));
    }
}
