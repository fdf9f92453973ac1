using Microsoft.Extensions.Logging;

namespace PropertyService.Diagnostics;

/// <summary>
/// The library's log messages, source-generated (no formatting unless the level is on). Phone numbers are only ever
/// logged as <see cref="ContactPhone.Masked"/>; event payloads are never logged whole.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Command {Command} rejected: {Code} ({RuleId}, field {Field})")]
    internal static partial void CommandRejected(ILogger logger, string command, string code, string? ruleId, string? field);

    [LoggerMessage(2, LogLevel.Debug, "Committed {Count} event(s) of {AggregateId} up to version {Version}")]
    internal static partial void Committed(ILogger logger, int count, string aggregateId, int version);

    [LoggerMessage(3, LogLevel.Information, "Repair {AggregateId} reported at site {Site}, contact {Phone}")]
    internal static partial void RepairReported(ILogger logger, string aggregateId, string site, string phone);

    [LoggerMessage(4, LogLevel.Warning, "SLA warning: {AggregateId} target {Target} ({RuleId}) is due at {Deadline}")]
    internal static partial void SlaWarning(ILogger logger, string aggregateId, string target, string ruleId, NodaTime.Instant deadline);

    [LoggerMessage(5, LogLevel.Warning, "SLA breach: {AggregateId} missed target {Target} ({RuleId}) due at {Deadline}")]
    internal static partial void SlaBreached(ILogger logger, string aggregateId, string target, string ruleId, NodaTime.Instant deadline);

    [LoggerMessage(6, LogLevel.Warning, "Escalation {Cause} at site {Site} to {Role} (level {Level}, {Urgency}, {RuleId}, climbed {Climbed})")]
    internal static partial void Escalated(ILogger logger, string cause, string site, Role role, int level, Escalation.EscalationUrgency urgency, string ruleId, bool climbed);

    [LoggerMessage(7, LogLevel.Information, "Escalation {Cause} at site {Site} acknowledged at level {Level} by {ActorId}")]
    internal static partial void Acknowledged(ILogger logger, string cause, string site, int level, string actorId);

    [LoggerMessage(8, LogLevel.Error, "{Component} {Name} failed on {Item} of {AggregateId}; the others still received it")]
    internal static partial void Failed(ILogger logger, Exception exception, string component, string name, string item, string aggregateId);

    [LoggerMessage(9, LogLevel.Warning, "Escalation notice for site {Site}: {Text}")]
    internal static partial void Notice(ILogger logger, string site, string text);
}
