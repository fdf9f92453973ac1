namespace PropertyService.Diagnostics;

/// <summary>
/// The names under which the library reports: its <see cref="System.Diagnostics.Metrics.Meter"/>, its
/// <see cref="System.Diagnostics.ActivitySource"/> and its instruments, so that a host exports them to OpenTelemetry
/// (<c>AddMeter(PropertyServiceDiagnostics.MeterName)</c>, <c>AddSource(PropertyServiceDiagnostics.ActivitySourceName)</c>)
/// without code changes.
/// </summary>
public static class PropertyServiceDiagnostics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "PropertyService.Core";

    /// <summary>The activity source's name; one activity per command run through the service center.</summary>
    public const string ActivitySourceName = "PropertyService.Core";

    /// <summary>Counter: repair tickets and help requests opened; tag <c>kind</c> (<c>repair</c>, <c>help</c>).</summary>
    public const string TicketsOpened = "propertyservice.tickets.opened";

    /// <summary>Counter: repair tickets and help requests closed (with or without work); tag <c>kind</c>.</summary>
    public const string TicketsClosed = "propertyservice.tickets.closed";

    /// <summary>Counter: commands rejected; tags <c>code</c> and <c>rule</c>.</summary>
    public const string CommandsRejected = "propertyservice.commands.rejected";

    /// <summary>Counter: SLA warnings raised; tags <c>target</c> and <c>rule</c>.</summary>
    public const string SlaWarnings = "propertyservice.sla.warnings";

    /// <summary>Counter: SLA targets breached; tags <c>target</c> and <c>rule</c>.</summary>
    public const string SlaBreaches = "propertyservice.sla.breaches";

    /// <summary>Counter: escalation notices; tags <c>level</c>, <c>rule</c> and <c>climbed</c>.</summary>
    public const string Escalations = "propertyservice.escalations";

    /// <summary>Counter: failures of subscribers, escalation rules and notifiers, which are isolated; tag <c>component</c>.</summary>
    public const string Failures = "propertyservice.failures";
}
