using NodaTime;

namespace PropertyService.Utility;

/// <summary>
/// The one rule every aggregate shares about time: its record is kept in time order, so a command dated
/// before the aggregate's last event is refused (field <c>At</c>).
/// </summary>
internal static class EventOrder
{
    /// <summary>The rejection for a command dated before the aggregate's last event, or null when it is in order.</summary>
    /// <param name="at">When the command says it happens.</param>
    /// <param name="lastEventAt">When the aggregate's last event happened.</param>
    /// <param name="code">The aggregate's stable rejection code.</param>
    /// <param name="aggregate">How an officer names the aggregate: "ticket", "request" (its text is the resource <c>Noun.{aggregate}</c>).</param>
    internal static Rejection? Check(Instant at, Instant lastEventAt, string code, string aggregate) =>
        at < lastEventAt
            ? Rejection.Localized(code, null, "At", "Workflow.TimeBeforeLastEvent", at, LocalizedText.Noun(aggregate), lastEventAt)
            : null;
}
