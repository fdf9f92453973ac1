namespace PropertyService.Pipeline;

/// <summary>A subscriber, escalation rule or notifier that threw; the others were not affected.</summary>
/// <param name="Component">What failed: <c>"handler"</c>, <c>"rule"</c> or <c>"notifier"</c>.</param>
/// <param name="Name">Its type's name.</param>
/// <param name="Item">What it was given: an event type, an alert or a notice's cause.</param>
/// <param name="AggregateId">The aggregate concerned.</param>
/// <param name="Exception">What it threw.</param>
public sealed record PipelineFailure(string Component, string Name, string Item, string AggregateId, Exception Exception);
