using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>Shows a run: the timeline and the day report as text (Spectre.Console tables and a bar chart), or the whole
/// outcome as JSON. The text ends with the store's check, as <c>Store check: intact: …</c>.</summary>
public static class ScenarioRenderer
{
    private static readonly LocalTimePattern Hm = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the timeline and the report.</summary>
    /// <param name="console">Where to.</param>
    /// <param name="outcome">The run.</param>
    /// <param name="culture">The language.</param>
    public static void WriteText(IAnsiConsole console, ScenarioOutcome outcome, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcome);
        string T(string key) => Texts.Of(key, culture);
        var scenario = outcome.Scenario;
        console.MarkupLine($"[bold]{Markup.Escape(scenario.Title)}[/] — {Markup.Escape(scenario.Site.Value)}, {LocalDatePattern.Iso.Format(scenario.Date)}");

        var timeline = new Table().Border(TableBorder.Simple).Title(T("t.timeline"))
            .AddColumn(T("h.time")).AddColumn(T("h.who")).AddColumn(T("h.what")).AddColumn(T("h.rule"));
        foreach (var entry in outcome.Timeline)
        {
            var colour = entry.Kind switch
            {
                TimelineKind.Refused => "red",
                TimelineKind.Warning => "yellow",
                TimelineKind.Breach => "bold red",
                TimelineKind.Escalation => "magenta",
                _ => "default",
            };
            timeline.AddRow(Time(entry.At, scenario), Markup.Escape(entry.Who), $"[{colour}]{Markup.Escape(entry.Text)}[/]", Markup.Escape(entry.RuleId ?? ""));
        }

        console.Write(timeline);
        var report = outcome.Report;
        console.WriteLine();
        console.MarkupLine($"[bold]{T("t.report")}[/]");
        var states = new Table().Border(TableBorder.Rounded).Title(T("t.states")).AddColumn(T("h.kind")).AddColumn(T("h.state")).AddColumn(new TableColumn(T("h.count")).RightAligned());
        foreach (var state in report.States)
        {
            states.AddRow(Markup.Escape(state.Kind), Markup.Escape(state.State), Number(state.Count));
        }

        console.Write(states);
        var targets = new Table().Border(TableBorder.Rounded).Title(T("t.sla"))
            .AddColumn(T("h.rule")).AddColumn(T("h.target")).AddColumn(new TableColumn(T("h.total")).RightAligned()).AddColumn(new TableColumn(T("h.met")).RightAligned())
            .AddColumn(new TableColumn(T("h.breached")).RightAligned()).AddColumn(new TableColumn(T("h.open")).RightAligned()).AddColumn(new TableColumn(T("h.rate")).RightAligned());
        var chart = new BarChart().Label(T("h.rate")).WithMaxValue(100).Width(60);
        foreach (var target in report.Targets)
        {
            var rate = target.OnTimeRate is { } r ? r.ToString("P0", culture) : "—";
            targets.AddRow(Markup.Escape(target.Target.RuleId), Markup.Escape(target.Target.Describe(culture)), Number(target.Total), Number(target.Met),
                target.Breached > 0 ? $"[red]{target.Breached}[/]" : "0", Number(target.Open), rate);
            if (target.OnTimeRate is { } value)
            {
                chart.AddItem(Markup.Escape(target.Target.Describe(culture)), Math.Round(value * 100), value >= 0.9 ? Color.Green : value >= 0.5 ? Color.Yellow : Color.Red);
            }
        }

        console.Write(targets);
        console.Write(chart);
        if (report.OpenTimers.Count > 0)
        {
            var open = new Table().Border(TableBorder.Rounded).Title(T("t.open")).AddColumn(T("h.who")).AddColumn(T("h.target")).AddColumn(T("h.due"));
            foreach (var timer in report.OpenTimers)
            {
                open.AddRow(Markup.Escape(timer.AggregateId), Markup.Escape(timer.Target.Describe(culture)), Markup.Escape(DateTime(timer.Deadline, scenario)));
            }

            console.Write(open);
        }

        var levels = new Table().Border(TableBorder.Rounded).Title(T("t.escalations")).AddColumn(T("h.level")).AddColumn(new TableColumn(T("h.count")).RightAligned()).AddColumn(new TableColumn(T("h.climbed")).RightAligned());
        foreach (var level in report.Escalations)
        {
            levels.AddRow(Number(level.Level), Number(level.Count), Number(level.Climbed));
        }

        console.Write(levels);
        var money = new Table().Border(TableBorder.Rounded).Title(T("t.money")).AddColumn(T("h.payer")).AddColumn(new TableColumn(T("h.quoted")).RightAligned()).AddColumn(new TableColumn(T("h.accepted")).RightAligned());
        foreach (var payer in report.Money)
        {
            money.AddRow(payer.Payer.ToString(), payer.Quoted.ToString("N2", CultureInfo.InvariantCulture), payer.Accepted.ToString("N2", CultureInfo.InvariantCulture));
        }

        console.Write(money);
        var handovers = new Table().Border(TableBorder.Rounded).Title(T("t.handovers")).AddColumn(T("h.handover")).AddColumn(T("h.time")).AddColumn(T("h.rule")).AddColumn(T("h.what"));
        foreach (var exception in report.Handovers)
        {
            handovers.AddRow(Markup.Escape(exception.Handover), Time(exception.At, scenario), exception.RuleId, Markup.Escape(exception.What));
        }

        if (report.Handovers.Count == 0)
        {
            handovers.AddRow("—", "", "", T("t.none"));
        }

        console.Write(handovers);
        var refused = outcome.Timeline.Count(e => e.Kind == TimelineKind.Refused);
        console.WriteLine(string.Format(culture, T("t.summary"), report.Events, report.Warnings, report.Breaches, report.Escalations.Sum(l => l.Count), refused));
        console.WriteLine($"Store check: {outcome.StoreCheck}");
    }

    /// <summary>Writes the whole outcome as JSON: the scenario's title, site and day, the timeline, the report and the check.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="outcome">The run.</param>
    /// <param name="culture">The language of the texts.</param>
    public static void WriteJson(TextWriter writer, ScenarioOutcome outcome, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outcome);
        var scenario = outcome.Scenario;
        var report = outcome.Report;
        var document = new
        {
            scenario.Title,
            Site = scenario.Site.Value,
            Date = LocalDatePattern.Iso.Format(scenario.Date),
            Timeline = outcome.Timeline.Select(e => new { At = Time(e.At, scenario), Kind = e.Kind.ToString(), e.Who, e.Text, e.RuleId, e.Step }),
            Report = new
            {
                report.Events,
                report.Warnings,
                report.Breaches,
                States = report.States,
                Targets = report.Targets.Select(t => new { t.Target.RuleId, Target = t.Target.Name, Name = t.Target.Describe(culture), t.Total, t.Met, t.Breached, t.Open, t.OnTimeRate }),
                OpenTimers = report.OpenTimers.Select(t => new { t.AggregateId, t.Target.RuleId, Target = t.Target.Name, Due = DateTime(t.Deadline, scenario) }),
                Escalations = report.Escalations,
                Money = report.Money.Select(m => new { Payer = m.Payer.ToString(), m.Quoted, m.Accepted }),
                Handovers = report.Handovers.Select(h => new { h.Handover, At = Time(h.At, scenario), h.RuleId, h.What }),
            },
            StoreCheck = new { outcome.StoreCheck.IsIntact, outcome.StoreCheck.Streams, outcome.StoreCheck.Events, Text = outcome.StoreCheck.ToString() },
        };
        writer.WriteLine(JsonSerializer.Serialize(document, Json));
    }

    private static string DateTime(Instant instant, Scenario scenario) =>
        LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm").Format(instant.InZone(scenario.Zone).LocalDateTime);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A local time of the day, with "+1" on the next morning.</summary>
    private static string Time(Instant instant, Scenario scenario)
    {
        var local = instant.InZone(scenario.Zone);
        return (local.Date > scenario.Date ? "+1 " : "") + Hm.Format(local.TimeOfDay);
    }
}
