using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PropertyService.Samples.Console.Cli;
using PropertyService.Sla;
using PropertyService.Storage.Serialization;
using Spectre.Console;

namespace PropertyService.Samples.Console.Commands;

/// <summary>
/// <c>whatif --events history.jsonl --policy changes.json [--calendar name=file ...]</c>: re-projects a recorded event
/// history (JSON lines from <c>export</c>) under another SLA policy or calendar with the library's <see cref="SlaReplay"/>,
/// and prints, per target, the on-time rate and breaches before and after, and the records whose outcome changes.
/// </summary>
public sealed class WhatIfCommand : CliCommand
{
    private const long ProgressFromBytes = 200_000_000; // about 300,000 lines: a few seconds to read

    private readonly Option<FileInfo> _events = new("--events")
    {
        Description = "The recorded history, as JSON lines (see export)",
        HelpName = "file",
        Required = true,
    };

    private readonly Option<FileInfo?> _policy = new("--policy")
    {
        Description = "The SLA policy to compare with: changes to the default policy (SLA policy JSON)",
        HelpName = "file",
    };

    private readonly Option<FileInfo?> _basePolicy = new("--before-policy")
    {
        Description = "The policy the history ran under, as changes to the default policy [default: the default policy]",
        HelpName = "file",
    };

    private readonly Option<string[]> _calendars = new("--calendar")
    {
        Description = "A business calendar for both sides, as name=file (business calendar JSON); repeat for several",
        HelpName = "name=file",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _asOf = new("--as-of")
    {
        Description = "The instant to judge open timers at, as yyyy-MM-ddTHH:mm in the site's time zone [default: the history's last event]",
        HelpName = "yyyy-MM-ddTHH:mm",
    };

    private readonly Option<int> _show = new("--show")
    {
        Description = "How many changed records to list",
        DefaultValueFactory = _ => 20,
    };

    /// <summary>Creates the command.</summary>
    public WhatIfCommand()
        : base("whatif", "Re-project a recorded history under another SLA policy or calendar: on-time rates and breaches before and after, and what changes")
    {
        Command.Options.Add(_events);
        Command.Options.Add(_policy);
        Command.Options.Add(_basePolicy);
        Command.Options.Add(_calendars);
        Command.Options.Add(_asOf);
        Command.Options.Add(_show);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<OutputFormat>? Formats => [OutputFormat.Text, OutputFormat.Json];

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var file = invocation.GetValue(_events)!;
        if (!file.Exists)
        {
            throw new CliUsageException($"There is no file {file.FullName}.");
        }

        if (invocation.GetValue(_policy) is null && (invocation.GetValue(_calendars) ?? []).Length == 0)
        {
            throw new CliUsageException("Give the policy (--policy file) or a calendar (--calendar name=file) to compare with.");
        }

        var calendars = Calendars(invocation.GetValue(_calendars) ?? []);
        var before = new SlaTracker([Policy(invocation.GetValue(_basePolicy), null)], calendars);
        var after = new SlaTracker([Policy(invocation.GetValue(_policy), before.Policies[0])], calendars);
        var events = await ReadAsync(invocation, file, cancellationToken);
        if (events.Count == 0)
        {
            throw new CliUsageException($"{file.Name} holds no events.");
        }

        var asOf = AsOf(invocation.GetValue(_asOf)) ?? events.Max(e => e.OccurredAt);
        SlaReplayResult result;
        try
        {
            result = new SlaReplay(before, after).Run(events, asOf, cancellationToken: cancellationToken);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException($"{file.Name}: {ex.Message}");
        }

        if (invocation.Settings.Format == OutputFormat.Json)
        {
            WriteJson(invocation.Console.OutWriter, result);
        }
        else
        {
            WriteText(invocation.Console.Out, result, invocation.GetValue(_show), invocation.Settings.Culture);
        }

        return ExitCodes.Success;
    }

    private static SlaPolicy Policy(FileInfo? file, SlaPolicy? basePolicy)
    {
        if (file is null)
        {
            return basePolicy ?? SlaDefaults.Policy;
        }

        try
        {
            return SlaPolicyJson.LoadFile(file.FullName, basePolicy);
        }
        catch (Exception ex) when (ex is SlaPolicyFormatException or IOException)
        {
            throw new CliUsageException($"{file.Name}: {ex.Message}");
        }
    }

    private static Dictionary<string, BusinessCalendar> Calendars(string[] specs)
    {
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var equals = spec.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == spec.Length - 1)
            {
                throw new CliUsageException($"--calendar '{spec}': give name=file, e.g. office=calendar-office-hours.json.");
            }

            try
            {
                calendars[spec[..equals]] = BusinessCalendarJson.LoadFile(spec[(equals + 1)..]);
            }
            catch (Exception ex) when (ex is BusinessCalendarFormatException or IOException)
            {
                throw new CliUsageException($"--calendar {spec}: {ex.Message}");
            }
        }

        return calendars;
    }

    private static Instant? AsOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text);
        return parsed.Success
            ? parsed.Value.InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant()
            : throw new CliUsageException($"--as-of '{text}': give yyyy-MM-ddTHH:mm.");
    }

    /// <summary>Reads the whole history first (a bad line stops everything before anything is shown), with a progress bar
    /// on a terminal for a large file.</summary>
    private static async Task<List<DomainEvent>> ReadAsync(CliInvocation invocation, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new CliUsageException($"There is no file {file.FullName}.");
        }

        var events = new List<DomainEvent>();
        async Task Read(Action<long>? progress)
        {
            await using var stream = file.OpenRead();
            try
            {
                await foreach (var line in EventJsonLines.ReadAsync(stream, cancellationToken: cancellationToken))
                {
                    events.Add(line.Event);
                    if ((events.Count & 0x3FFF) == 0)
                    {
                        progress?.Invoke(stream.Position);
                    }
                }
            }
            catch (EventJsonLinesFormatException ex)
            {
                throw new CliUsageException($"{file.Name}: {ex.Message}");
            }
        }

        var console = invocation.Console.Out;
        if (file.Length >= ProgressFromBytes && console.Profile.Capabilities.Interactive)
        {
            await console.Progress().StartAsync(async context =>
            {
                var task = context.AddTask($"Reading {file.Name}", maxValue: file.Length);
                await Read(position => task.Value = position);
                task.Value = file.Length;
            });
        }
        else
        {
            await Read(null);
        }

        return events;
    }

    private static void WriteText(IAnsiConsole console, SlaReplayResult result, int show, CultureInfo culture)
    {
        console.WriteLine($"{result.EventCount:N0} events of {result.AggregateCount:N0} records, judged as of {result.AsOf}.");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Rule").AddColumn("SLA target")
            .AddColumn(new TableColumn("On time before").RightAligned()).AddColumn(new TableColumn("Breaches before").RightAligned())
            .AddColumn(new TableColumn("On time after").RightAligned()).AddColumn(new TableColumn("Breaches after").RightAligned())
            .AddColumn(new TableColumn("Changed").RightAligned());
        foreach (var target in result.Targets)
        {
            table.AddRow(
                Markup.Escape(target.RuleId), Markup.Escape(target.Name),
                Rate(target.Before.OnTimeRate, culture), target.Before.Breached.ToString(CultureInfo.InvariantCulture),
                Rate(target.After.OnTimeRate, culture), target.After.Breached.ToString(CultureInfo.InvariantCulture),
                target.Changes.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        if (result.Changes.Count == 0)
        {
            console.WriteLine("No record's outcome changes.");
            return;
        }

        var changes = new Table().Border(TableBorder.Rounded).Title($"{result.Changes.Count} outcomes change").AddColumn("Record").AddColumn("Rule").AddColumn("Before").AddColumn("After");
        foreach (var change in result.Changes.Take(Math.Max(0, show)))
        {
            changes.AddRow(Markup.Escape($"{change.Site}/{change.AggregateId}"), Markup.Escape(change.RuleId), Describe(change.BeforeOutcome, change.Before), Describe(change.AfterOutcome, change.After));
        }

        console.Write(changes);
    }

    private static void WriteJson(TextWriter writer, SlaReplayResult result)
    {
        var document = new
        {
            AsOf = result.AsOf.ToString(),
            Events = result.EventCount,
            Records = result.AggregateCount,
            Targets = result.Targets.Select(t => new
            {
                t.RuleId,
                Target = t.Name,
                Before = Counts(t.Before),
                After = Counts(t.After),
                t.Changes,
                t.DeadlinesMoved,
            }),
            Changes = result.Changes.Select(c => new
            {
                Site = c.Site.Value,
                Record = c.AggregateId,
                c.RuleId,
                Target = c.TargetName,
                Before = c.BeforeOutcome.ToString(),
                After = c.AfterOutcome.ToString(),
                BeforeDeadline = c.Before?.Deadline.ToString(),
                AfterDeadline = c.After?.Deadline.ToString(),
            }),
        };
        writer.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));

        static object Counts(SlaOutcomeCounts c) => new { c.Timers, c.Met, c.MetLate, c.Overdue, c.Breached, c.Open, c.Cancelled, c.OnTimeRate };
    }

    private static string Rate(double? rate, CultureInfo culture) => rate is { } r ? r.ToString("P1", culture) : "—";

    private static string Describe(SlaOutcome outcome, SlaTimer? timer) =>
        Markup.Escape(timer is null ? outcome.ToString() : $"{outcome}, due {timer.Deadline}");
}
