using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using PropertyService.DependencyInjection;
using PropertyService.Repairs;
using static PropertyService.DependencyInjection.PropertyServiceHost;

namespace PropertyService.Diagnostics;

public sealed class DiagnosticsTests
{
    private static PropertyServiceHost Host(TestMeterFactory meters) =>
        new(services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddFakeLogging()).AddSingleton<IMeterFactory>(meters));

    [Fact]
    public async Task Tickets_opened_commands_rejected_warnings_breaches_and_escalations_are_counted()
    {
        using var meters = new TestMeterFactory();
        using var host = Host(meters);
        using var opened = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.TicketsOpened);
        using var closed = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.TicketsClosed);
        using var rejected = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.CommandsRejected);
        using var warnings = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.SlaWarnings);
        using var breaches = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.SlaBreaches);
        using var escalations = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.Escalations);

        var ticket = await host.ReportAsync();
        await host.Center.ExecuteAsync(() => ticket.SignOff(Officer, Owner, host.Now));
        await host.AdvanceAsync(Duration.FromMinutes(4));
        await host.Center.ExecuteAsync(() => ticket.Cancel(Officer, "Resident fixed it", host.Now));

        var open = Assert.Single(opened.GetMeasurementSnapshot());
        Assert.Equal("repair", open.Tags["kind"]);
        Assert.Single(closed.GetMeasurementSnapshot());
        var refusal = Assert.Single(rejected.GetMeasurementSnapshot());
        Assert.Equal(RepairRejectionCodes.RoleNotAllowed, refusal.Tags["code"]);
        Assert.Equal("RP-09 work order", Assert.Single(warnings.GetMeasurementSnapshot()).Tags["target"]);
        Assert.Single(breaches.GetMeasurementSnapshot());
        Assert.Equal([1, 2], escalations.GetMeasurementSnapshot().Select(m => (int)m.Tags["level"]!));
    }

    [Fact]
    public async Task Logs_never_hold_a_residents_full_phone_number()
    {
        using var meters = new TestMeterFactory();
        using var host = Host(meters);
        var ticket = await host.ReportAsync();
        await host.Center.ExecuteAsync(() => ticket.SignOff(Officer, Owner, host.Now));
        await host.AdvanceAsync(Duration.FromHours(2));

        var records = host.Provider.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Message.Contains(Owner.Phone.Masked, StringComparison.Ordinal));
        Assert.Contains(records, r => r.Level == LogLevel.Warning && r.Message.Contains("SLA breach", StringComparison.Ordinal));
        foreach (var record in records)
        {
            var text = record.Message + string.Join(" ", record.StructuredState?.Select(kv => kv.Value) ?? []);
            Assert.DoesNotContain("13812345678", text.Replace(" ", string.Empty).Replace("-", string.Empty));
            Assert.DoesNotContain("1234 5678", text);
        }
    }

    [Fact]
    public async Task Each_command_runs_in_an_activity_named_by_the_command_with_its_outcome()
    {
        using var meters = new TestMeterFactory();
        using var host = Host(meters);
        var seen = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == PropertyServiceDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (seen) { seen.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);

        var ticket = await host.ReportAsync("RT-ACT-1");
        await host.Center.ExecuteAsync(() => ticket.SignOff(Officer, Owner, host.Now));

        List<Activity> mine;
        lock (seen)
        {
            mine = [.. seen.Where(a => (string?)a.GetTagItem("propertyservice.aggregate") == "RT-ACT-1" || (string?)a.GetTagItem("propertyservice.command") == "SignOff")];
        }

        Assert.Contains(mine, a => (string?)a.GetTagItem("propertyservice.command") == "Report" && a.Status != ActivityStatusCode.Error);
        Assert.Contains(mine, a => (string?)a.GetTagItem("propertyservice.command") == "SignOff" && a.Status == ActivityStatusCode.Error
                                   && (string?)a.GetTagItem("propertyservice.rejection.code") == RepairRejectionCodes.RoleNotAllowed);
    }

    [Fact]
    public async Task Isolated_failures_are_counted_by_component()
    {
        using var meters = new TestMeterFactory();
        using var host = new PropertyServiceHost(
            b => b.AddEscalationRule<ThrowingRule>(),
            s => s.AddSingleton<IMeterFactory>(meters).AddSingleton<PropertyService.Pipeline.IDomainEventHandler, ThrowingHandler>());
        using var failures = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.Failures);
        await host.ReportAsync();
        Assert.Equal(["rule", "handler"], failures.GetMeasurementSnapshot().Select(m => (string?)m.Tags["component"]));
    }

    private sealed class ThrowingRule : PropertyService.Escalation.IEscalationRule
    {
        public void OnEvent(DomainEvent e, PropertyService.Escalation.EscalationContext context) => throw new InvalidOperationException("bug");
    }

    private sealed class ThrowingHandler : PropertyService.Pipeline.IDomainEventHandler
    {
        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken) => throw new InvalidOperationException("down");
    }

    /// <summary>A meter factory of the test's own, so that parallel tests never count each other's measurements.</summary>
    internal sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
