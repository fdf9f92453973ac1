using System.Diagnostics.Metrics;
using PropertyService.Escalation;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Sla;

namespace PropertyService.Diagnostics;

/// <summary>The library's instruments (names in <see cref="PropertyServiceDiagnostics"/>).</summary>
internal sealed class PropertyServiceMetrics
{
    private readonly Counter<long> _opened;
    private readonly Counter<long> _closed;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _warnings;
    private readonly Counter<long> _breaches;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _failures;

    private static readonly Lazy<PropertyServiceMetrics> Shared = new(() => new PropertyServiceMetrics(new Meter(PropertyServiceDiagnostics.MeterName)));

    /// <summary>Counts to a meter of another name, which no exporter of the library's meter listens to: for work that is
    /// done again and again on the same items (re-evaluating a stream) and must not be counted each time.</summary>
    internal static readonly PropertyServiceMetrics Unobserved = new(new Meter(PropertyServiceDiagnostics.MeterName + ".Unobserved"));

    private PropertyServiceMetrics(Meter meter)
    {
        _opened = meter.CreateCounter<long>(PropertyServiceDiagnostics.TicketsOpened, "{ticket}", "Repair tickets and help requests opened.");
        _closed = meter.CreateCounter<long>(PropertyServiceDiagnostics.TicketsClosed, "{ticket}", "Repair tickets and help requests closed.");
        _rejected = meter.CreateCounter<long>(PropertyServiceDiagnostics.CommandsRejected, "{command}", "Commands rejected, by code.");
        _warnings = meter.CreateCounter<long>(PropertyServiceDiagnostics.SlaWarnings, "{warning}", "SLA warnings raised, by target.");
        _breaches = meter.CreateCounter<long>(PropertyServiceDiagnostics.SlaBreaches, "{breach}", "SLA targets breached, by target.");
        _escalations = meter.CreateCounter<long>(PropertyServiceDiagnostics.Escalations, "{notice}", "Escalation notices, by level.");
        _failures = meter.CreateCounter<long>(PropertyServiceDiagnostics.Failures, "{failure}", "Isolated failures of subscribers, rules and notifiers.");
    }

    /// <summary>The instruments on the host's meter factory, or on one meter shared by every service center without one
    /// (a meter is registered process-wide, so one is made per factory, not per service center).</summary>
    internal static PropertyServiceMetrics For(IMeterFactory? meterFactory) =>
        meterFactory is null ? Shared.Value : new PropertyServiceMetrics(meterFactory.Create(PropertyServiceDiagnostics.MeterName));

    /// <summary>Counts tickets opened and closed from one committed event.</summary>
    internal void Event(DomainEvent e)
    {
        switch (e)
        {
            case RepairReported:
                _opened.Add(1, new KeyValuePair<string, object?>("kind", "repair"));
                break;
            case HelpRequestReceived:
                _opened.Add(1, new KeyValuePair<string, object?>("kind", "help"));
                break;
            case RepairFollowedUp f when f.Satisfaction != Satisfaction.Dissatisfied || f.ComplaintId is not null:
            case RepairCancelled:
            case RepairNotFeasible { Purpose: AssessmentPurpose.Repair }:
            case QuoteDeclined { Purpose: AssessmentPurpose.Repair }:
                _closed.Add(1, new KeyValuePair<string, object?>("kind", "repair"));
                break;
            case HelpRequestClosed:
            case HelpRequestDeclined:
                _closed.Add(1, new KeyValuePair<string, object?>("kind", "help"));
                break;
        }
    }

    internal void Rejected(Rejection rejection) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("code", rejection.Code), new KeyValuePair<string, object?>("rule", rejection.RuleId));

    internal void Alert(SlaAlert alert) =>
        (alert is SlaBreached ? _breaches : _warnings).Add(
            1, new KeyValuePair<string, object?>("target", alert.Target.Name), new KeyValuePair<string, object?>("rule", alert.RuleId));

    internal void Escalated(EscalationNotice notice) =>
        _escalations.Add(
            1,
            new KeyValuePair<string, object?>("level", notice.Level.Value),
            new KeyValuePair<string, object?>("rule", notice.RuleId),
            new KeyValuePair<string, object?>("climbed", notice.Climbed));

    internal void Failed(string component) => _failures.Add(1, new KeyValuePair<string, object?>("component", component));
}
