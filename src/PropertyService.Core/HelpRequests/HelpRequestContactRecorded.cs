using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The owner recorded the resident's address and contact phone (HR-07).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Address">Where the resident (or the patient) is.</param>
/// <param name="Phone">The resident's contact phone.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Address"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> is blank, or <paramref name="Phone"/> is empty.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.contact-recorded")]
public sealed record HelpRequestContactRecorded(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Location Address, ContactPhone Phone)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Where the resident (or the patient) is.</summary>
    public Location Address { get; } = Preconditions.CheckNotNull(Address);

    /// <summary>The resident's contact phone.</summary>
    public ContactPhone Phone { get; } = Phone.IsEmpty ? throw new ArgumentException("The resident's contact phone is required (HR-07).", nameof(Phone)) : Phone;
}
