using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The supervisor referred a medical emergency to the site manager and recorded the site manager's instruction (HR-08).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="SiteManagerInstruction">What the site manager instructed.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="SiteManagerInstruction"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="SiteManagerInstruction"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.emergency-referred-to-site-manager")]
public sealed record EmergencyReferredToSiteManager(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string SiteManagerInstruction)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the site manager instructed.</summary>
    public string SiteManagerInstruction { get; } = EventText.Required(SiteManagerInstruction);
}
