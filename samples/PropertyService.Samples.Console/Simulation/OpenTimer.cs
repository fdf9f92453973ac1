using NodaTime;
using PropertyService.Sla;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>An SLA timer still running at the day's end: what is due, and when.</summary>
/// <param name="AggregateId">The ticket, request or handover.</param>
/// <param name="Target">The target.</param>
/// <param name="Deadline">When it is due.</param>
public sealed record OpenTimer(string AggregateId, SlaTarget Target, Instant Deadline);
