using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The owner recorded the option chosen in a medical emergency and what was done (HR-08).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Option">The option chosen.</param>
/// <param name="WhatWasDone">What was done.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="WhatWasDone"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="WhatWasDone"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1, or <paramref name="Option"/> is undefined.</exception>
[EventType("help.emergency-action-recorded")]
public sealed record EmergencyActionRecorded(string AggregateId, int Version, Instant OccurredAt, Actor Actor, EmergencyOption Option, string WhatWasDone)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What was done.</summary>
    public string WhatWasDone { get; } = EventText.Required(WhatWasDone);

    /// <summary>The option chosen.</summary>
    public EmergencyOption Option { get; } = Preconditions.CheckDefined(Option);
}
