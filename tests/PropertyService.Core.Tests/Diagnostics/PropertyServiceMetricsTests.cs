using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Sla;
using static PropertyService.Diagnostics.DiagnosticsTests;

namespace PropertyService.Diagnostics;

public sealed class PropertyServiceMetricsTests
{
    private static readonly SiteId Site = new("SZ-01");
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 27, 2, 0);
    private static readonly Actor Officer = new("O1", "王客服", Site, Role.Officer);

    [Fact]
    public void Every_instrument_has_its_name_unit_and_description()
    {
        using var meters = new TestMeterFactory();
        var seen = new Dictionary<string, (string? Unit, string? Description)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Scope == meters)
                {
                    seen[instrument.Name] = (instrument.Unit, instrument.Description);
                }
            },
        };
        listener.Start();
        _ = PropertyServiceMetrics.For(meters);

        Assert.Equal(
            new Dictionary<string, (string?, string?)>
            {
                [PropertyServiceDiagnostics.TicketsOpened] = ("{ticket}", "Repair tickets and help requests opened."),
                [PropertyServiceDiagnostics.TicketsClosed] = ("{ticket}", "Repair tickets and help requests closed."),
                [PropertyServiceDiagnostics.CommandsRejected] = ("{command}", "Commands rejected, by code."),
                [PropertyServiceDiagnostics.SlaWarnings] = ("{warning}", "SLA warnings raised, by target."),
                [PropertyServiceDiagnostics.SlaBreaches] = ("{breach}", "SLA targets breached, by target."),
                [PropertyServiceDiagnostics.Escalations] = ("{notice}", "Escalation notices, by level."),
                [PropertyServiceDiagnostics.Failures] = ("{failure}", "Isolated failures of subscribers, rules and notifiers."),
            },
            seen);
    }

    [Fact]
    public void Help_requests_opened_and_closed_and_every_way_a_repair_ticket_closes_are_counted_by_kind()
    {
        using var meters = new TestMeterFactory();
        var metrics = PropertyServiceMetrics.For(meters);
        using var opened = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.TicketsOpened);
        using var closed = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.TicketsClosed);

        metrics.Event(new HelpRequestReceived("H-1", 1, T0, Officer, Site, HelpKind.GeneralHelp, false));
        metrics.Event(new HelpRequestClosed("H-1", 9, T0, Officer));
        metrics.Event(new HelpRequestDeclined("H-2", 3, T0, Officer, "Not ours"));
        metrics.Event(new RepairFollowedUp("RT-1", 12, T0, Officer, Satisfaction.Satisfied, null));
        metrics.Event(new RepairFollowedUp("RT-2", 12, T0, Officer, Satisfaction.Neutral, null));
        metrics.Event(new RepairFollowedUp("RT-3", 12, T0, Officer, Satisfaction.Dissatisfied, "Still drips")); // reopened: not closed
        metrics.Event(new RepairFollowedUp("RT-4", 12, T0, Officer, Satisfaction.Dissatisfied, "Rude") { ComplaintId = "C-1" });
        metrics.Event(new RepairNotFeasible("RT-5", 5, T0, Officer, AssessmentPurpose.Repair, "No parts"));
        metrics.Event(new RepairNotFeasible("RT-6", 5, T0, Officer, AssessmentPurpose.ExtraWork, "No parts")); // the ticket goes on
        metrics.Event(new RepairCancelled("RT-7", 3, T0, Officer, "Fixed it myself"));

        Assert.Equal(["help"], opened.GetMeasurementSnapshot().Select(m => m.Tags["kind"]));
        Assert.Equal(["help", "help", "repair", "repair", "repair", "repair", "repair"], closed.GetMeasurementSnapshot().Select(m => m.Tags["kind"]));
    }

    [Fact]
    public void Rejections_alerts_escalations_and_failures_carry_their_tags()
    {
        using var meters = new TestMeterFactory();
        var metrics = PropertyServiceMetrics.For(meters);
        using var rejected = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.CommandsRejected);
        using var breaches = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.SlaBreaches);
        using var escalations = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.Escalations);
        using var failures = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.Failures);

        metrics.Rejected(new Rejection("repair.x", "No.", "RP-16"));
        metrics.Alert(new SlaBreached("RT-1", SlaDefaults.Policy.Target(SlaDefaults.ArrivalTarget), T0));
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, new EscalationRequest("c", "RT-1", EscalationDepartment.Service, EscalationLevel.Supervisor, EscalationUrgency.Normal, "RP-09", new EscalationReason("x", "x")), T0);
        metrics.Escalated(Assert.Single(board.Climb(T0 + Duration.FromHours(1)), n => n.Level.Value == 2));
        metrics.Failed("notifier");

        var r = Assert.Single(rejected.GetMeasurementSnapshot());
        Assert.Equal(("repair.x", "RP-16"), ((string?)r.Tags["code"], (string?)r.Tags["rule"]));
        var b = Assert.Single(breaches.GetMeasurementSnapshot());
        Assert.Equal((SlaDefaults.ArrivalTarget, "RP-12"), ((string?)b.Tags["target"], (string?)b.Tags["rule"]));
        var e = Assert.Single(escalations.GetMeasurementSnapshot());
        Assert.Equal((2, "RP-09", true), ((int)e.Tags["level"]!, (string?)e.Tags["rule"], (bool)e.Tags["climbed"]!));
        Assert.Equal("notifier", Assert.Single(failures.GetMeasurementSnapshot()).Tags["component"]);
    }
}
