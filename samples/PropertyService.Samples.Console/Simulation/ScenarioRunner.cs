using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PropertyService.DependencyInjection;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Shifts;
using PropertyService.Sla;
using PropertyService.Storage;
using PropertyService.Storage.Sqlite;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>
/// Runs a scenario through the library as a host would: a service center built with <c>AddPropertyService</c> on a
/// <see cref="FakeClock"/> that jumps from step to step (so a day runs in well under a second), every command loaded from
/// and appended to the store (in memory or SQLite), the SLA monitor polled at each step and at the day's end. What the
/// library did, refused or raised becomes the timeline; the day's records become the report.
/// </summary>
public sealed class ScenarioRunner
{
    private readonly Scenario _scenario;
    private readonly ScenarioRunOptions _options;
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<SlaAlert> _alerts = [];
    private readonly Dictionary<string, DutyLog> _logs = new(StringComparer.Ordinal);
    private FakeClock _clock = null!;
    private ServiceCenter _center = null!;
    private IEventStore _store = null!;
    private TimelineNotifier _notifier = null!;
    private EventStoreRepository<RepairTicket> _tickets = null!;
    private EventStoreRepository<HelpRequest> _requests = null!;
    private EventStoreRepository<ShiftHandover> _handovers = null!;
    private DutyRoster _roster = null!;
    private ToolInventory _tools = null!;
    private readonly InMemoryWorkOrderNumberSource _numbers = new();
    private readonly HashSet<string> _ids;
    private string _prefix = "";
    private readonly HashSet<string> _created = new(StringComparer.Ordinal);

    private ScenarioRunner(Scenario scenario, ScenarioRunOptions options)
    {
        _scenario = scenario;
        _options = options;
        _ids = [.. scenario.Steps.SelectMany(s => new[] { s.Text("ticket"), s.Text("request"), s.Text("handover") }).OfType<string>()];
    }

    /// <summary>Runs a scenario.</summary>
    /// <param name="scenario">The scenario (checked when read).</param>
    /// <param name="options">The language and store; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the run between steps.</param>
    /// <returns>The timeline, the report and the store's verification.</returns>
    /// <exception cref="ScenarioException">A file the scenario names cannot be loaded.</exception>
    public static async Task<ScenarioOutcome> RunAsync(Scenario scenario, ScenarioRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var runner = new ScenarioRunner(scenario, options ?? new ScenarioRunOptions());
        return await runner.RunCoreAsync(cancellationToken);
    }

    private async Task<ScenarioOutcome> RunCoreAsync(CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        _clock = new FakeClock(_scenario.Start);
        var builder = services.AddPropertyService()
            .UseClock(_clock)
            .UseEscalationNotifier<TimelineNotifier>()
            .UseFeeSchedule(new FeeScheduleHistory(LoadFees()));
        if (_scenario.Policy is { } policy)
        {
            builder.UseSlaPolicy(policy);
        }

        foreach (var (name, calendar) in _scenario.Calendars ?? new Dictionary<string, BusinessCalendar>())
        {
            builder.UseBusinessCalendar(name, calendar);
        }

        if (_options.Store == "sqlite")
        {
            builder.UseSqliteStore(_options.DatabasePath ?? Path.Combine(Path.GetTempPath(), $"service-center-{Guid.NewGuid():N}.db"));
        }
        else
        {
            builder.UseInMemoryStore();
        }

        await using var provider = services.BuildServiceProvider();
        _center = provider.GetRequiredService<ServiceCenter>();
        _store = provider.GetRequiredService<IEventStore>();
        _notifier = provider.GetRequiredService<TimelineNotifier>();
        _tickets = new EventStoreRepository<RepairTicket>(_store, RepairTicket.FromEvents, _center.NextDeadline);
        _requests = new EventStoreRepository<HelpRequest>(_store, HelpRequest.FromEvents, _center.NextDeadline);
        _handovers = new EventStoreRepository<ShiftHandover>(_store, ShiftHandover.FromEvents, _center.NextDeadline);
        _roster = BuildRoster();
        _tools = new ToolInventory(_scenario.Site, _scenario.Tools);
        // A store used before (the same file run again): its records are picked up, and this run's ids get a prefix
        // ("2.RT-01") so the two runs' records stand side by side.
        await _center.RestoreAsync(_scenario.Site, cancellationToken);
        var existing = await _store.QueryAsync(_scenario.Site, new StreamQuery { Limit = 100_000 }, cancellationToken);
        if (existing.Count > 0)
        {
            var run = 2;
            while (existing.Any(s => s.StreamId.StartsWith($"{run}.", StringComparison.Ordinal)))
            {
                run++;
            }

            _prefix = $"{run}.";
        }

        foreach (var step in _scenario.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await PollAsync(step.At);
            _clock.Reset(step.At);
            await RunStepAsync(step);
            Drain(step.Number);
            _options.Progress?.Report(step.Number);
        }

        await PollAsync(_scenario.End);
        var verification = await _store.VerifyAllAsync(_scenario.Site, cancellationToken);

        var timeline = _timeline.Select((e, i) => (e, i)).OrderBy(x => x.e.At).ThenBy(x => x.i).Select(x => x.e).ToList();
        var records = new Dictionary<string, IReadOnlyList<DomainEvent>>(StringComparer.Ordinal);
        foreach (var id in _created.Order(StringComparer.Ordinal))
        {
            records[id] = [.. (await _store.ReadAsync(_scenario.Site, id, cancellationToken: cancellationToken)).Select(s => s.Event)];
        }

        var report = await DayReport.BuildAsync(_scenario, _store, _center, records, _notifier.Notices, _alerts, cancellationToken);

        return new ScenarioOutcome(_scenario, timeline, report, verification, records);
    }

    private FeeSchedule LoadFees()
    {
        var path = _scenario.FeeScheduleFile ?? _options.DefaultFeeScheduleFile;
        try
        {
            return FeeScheduleJson.LoadFile(path);
        }
        catch (Exception ex) when (ex is FeeScheduleFormatException or IOException)
        {
            throw new ScenarioException(0, "feeSchedule", ex.Message);
        }
    }

    private DutyRoster BuildRoster()
    {
        var builder = DutyRoster.CreateBuilder(_scenario.Site, _scenario.Date.PlusDays(-1), _scenario.Date.PlusDays(1))
            .InTimeZone(_scenario.Zone)
            .SetTemplates(DutyRosterDefaults.Templates);
        foreach (var (shift, people) in _scenario.Roster)
        {
            builder.SetRotation(shift, people.Select(p => _scenario.People[p]));
        }

        return builder.Build();
    }

    /// <summary>Raises what fell due before <paramref name="now"/> and puts it on the timeline.</summary>
    private async Task PollAsync(Instant now)
    {
        var poll = await _center.PollAsync(now);
        foreach (var alert in poll.Alerts)
        {
            _alerts.Add(alert);
            var breach = alert is SlaBreached;
            var target = alert.Target.Describe(_options.Culture);
            _timeline.Add(new TimelineEntry(alert.DueAt, breach ? TimelineKind.Breach : TimelineKind.Warning, alert.AggregateId,
                $"{Texts.Of(breach ? "breach" : "warning", _options.Culture)}: {target} ({Texts.Of("due", _options.Culture)} {Local(alert.Deadline)})", alert.RuleId, 0));
        }

        Drain(0);
    }

    /// <summary>Puts the notices delivered since the last look on the timeline.</summary>
    private void Drain(int step)
    {
        foreach (var notice in _notifier.TakeNew())
        {
            _timeline.Add(new TimelineEntry(notice.DueAt, TimelineKind.Escalation, notice.AggregateId, notice.Describe(_options.Culture), notice.RuleId, step));
        }
    }

    /// <summary>The store's id of a scenario's ticket, request or handover (with this run's prefix).</summary>
    private string Id(string id) => _ids.Contains(id) ? _prefix + id : id;

    /// <summary>An escalation cause with the scenario's ids in it mapped to the store's (<c>sla/RT-1/…</c>, <c>HR-08/HR-2</c>).</summary>
    private string Map(string cause) => string.Join('/', cause.Split('/').Select(Id));

    private string Local(Instant instant) => instant.InZone(_scenario.Zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private async Task RunStepAsync(ScenarioStep step)
    {
        var actor = _scenario.ActorOf(step.Person);
        var spec = ScenarioCommands.All[step.Command];
        var (rejection, subject, detail) = await ExecuteAsync(step, actor);
        var who = actor.DisplayName;
        if (rejection is null)
        {
            var text = $"{Texts.Of(step.Command, _options.Culture)} {subject}{(detail is null ? "" : $": {detail}")}";
            _timeline.Add(new TimelineEntry(step.At, TimelineKind.Action, who, text, spec.RuleId, step.Number));
        }
        else
        {
            var text = $"{Texts.Of(step.Command, _options.Culture)} {subject} — {Texts.Of("refused", _options.Culture)}: {rejection.Describe(_options.Culture)}";
            _timeline.Add(new TimelineEntry(step.At, TimelineKind.Refused, who, text, rejection.RuleId ?? spec.RuleId, step.Number));
        }
    }

    /// <returns>The rejection (null when carried out), the subject (the ticket, request or handover), and a detail to show.</returns>
    private async Task<(Rejection? Rejection, string Subject, string? Detail)> ExecuteAsync(ScenarioStep step, Actor actor)
    {
        var at = step.At;
        var site = _scenario.Site;
        switch (step.Command.Split('.')[0])
        {
            case "repair":
            {
                var id = Id(step.Text("ticket")!);
                if (step.Command == "repair.report")
                {
                    var created = await _tickets.CreateAsync(() => RepairTicket.Report(id, Request(step), actor, step.Flag("nightLog") ? LogBook.NightDutyLog : LogBook.ContactRegister, at));
                    return (await Publish(created), id, step.Text("description"));
                }

                var result = await _tickets.ExecuteAsync(site, id, ticket => Repair(step, ticket, actor, at));
                return (await Publish(result, id), id, RepairDetail(step));
            }

            case "help":
            {
                var id = Id(step.Text("request")!);
                if (step.Command == "help.receive")
                {
                    var created = await _requests.CreateAsync(() => HelpRequest.Receive(id, actor, step.Choice<HelpKind>("kind"), at, step.Flag("major")));
                    return (await Publish(created), id, step.Choice<HelpKind>("kind").ToString());
                }

                var result = await _requests.ExecuteAsync(site, id, request => Help(step, request, actor, at));
                return (await Publish(result, id), id, HelpDetail(step));
            }

            case "escalation":
            {
                var cause = Map(step.Text("cause")!);
                var acknowledged = await _center.AcknowledgeAsync(site, cause, actor, at);
                return (acknowledged.Rejection, cause, null);
            }

            default:
            {
                var id = Id(step.Text("handover")!);
                if (step.Command == "handover.schedule")
                {
                    var (outgoing, incoming) = Shifts(step);
                    if (outgoing is null || incoming is null)
                    {
                        return (new Rejection("scenario.no-such-shift", $"No {step.Text("incomingShift")} shift starts after {Local(at)} with a shift ending as it starts.", "CS-16", "incomingShift"), id, null);
                    }

                    var created = await _handovers.CreateAsync(() => ShiftHandover.Schedule(id, outgoing, outgoing.People[0], incoming, incoming.People[0], actor, at));
                    return (await Publish(created), id, $"{outgoing.Name} → {incoming.Name} ({outgoing.People[0].DisplayName} → {incoming.People[0].DisplayName})");
                }

                var result = await _handovers.ExecuteAsync(site, id, handover => Handover(step, handover, actor, at));
                return (await Publish(result, id), id, null);
            }
        }
    }

    private async Task<Rejection?> Publish<T>(RepositoryResult<T> result, string? id = null)
        where T : class, IEventSourced
    {
        if (result.IsSuccess)
        {
            _created.Add(result.Events[0].AggregateId);
            await _center.PublishAsync(result.Events);
            return null;
        }

        return result.Rejection
            ?? (result.IsNotFound
                ? new Rejection("scenario.not-found", $"{id} does not exist (yet).", null, "id")
                : new Rejection("scenario.conflict", $"{id} was changed by someone else: {result.Conflict}.", null, "version"));
    }

    private RepairRequest Request(ScenarioStep step)
    {
        var resident = _scenario.Residents[step.Text("resident")!];
        var location = step.Flag("commonArea")
            ? Location.CommonArea(step.Text("where") ?? step.Text("description")!)
            : Location.InUnit(resident.Unit, step.Text("where"));
        return new RepairRequest(step.Choice("channel", RepairChannel.Call), resident.Resident, resident.Resident.Phone, location,
            step.Choice<RepairCategory>("category"), step.Text("description")!)
        {
            FeeItemCodes = step.TextList("items"),
            Appointment = step.Text("appointment") is { } appointment ? ScenarioReader.TimeOf(appointment, _scenario.Date, _scenario.Zone) : null,
            ResidentSuppliesMaterials = step.Flag("residentSuppliesMaterials"),
        };
    }

    private Result<IReadOnlyList<DomainEvent>> Repair(ScenarioStep step, RepairTicket ticket, Actor actor, Instant at)
    {
        var owner = ticket.Request.Resident!;
        return step.Command switch
        {
            "repair.issue-work-order" => ticket.IssueWorkOrder(actor, _numbers, at),
            "repair.notify-engineering" => ticket.NotifyEngineering(actor, at),
            "repair.collect" => ticket.Collect(actor, ticket.CreateQuoteRequest(_scenario.Zone), _center.Fees(_scenario.Site), at),
            "repair.assess" => ticket.Assess(actor, step.Objects("lines").Select(Line), _center.Fees(_scenario.Site), at),
            "repair.accept-quote" => ticket.AcceptQuote(actor, owner, step.Choice("channel", QuoteAnswerChannel.InPerson), at),
            "repair.decline-quote" => ticket.DeclineQuote(actor, owner, step.Choice("channel", QuoteAnswerChannel.InPerson), step.Text("reason"), at),
            "repair.assign" => ticket.Assign(actor, _scenario.People[step.Text("technician")!], at),
            "repair.arrive" => ticket.Arrive(actor, at),
            "repair.check-materials" => ticket.CheckMaterials(actor, step.Choice<MaterialCheckResult>("result"), step.Text("remarks"), at),
            "repair.complete" => ticket.CompleteWork(actor, step.Text("notes"), at),
            "repair.sign-off" => ticket.SignOff(actor, owner, at),
            "repair.reject-work" => ticket.RejectWork(actor, owner, step.Text("reason")!, at),
            "repair.follow-up" => ticket.FollowUp(actor, step.Choice<Satisfaction>("satisfaction"), step.Text("remarks"), at),
            "repair.fix-at-night" => ticket.FixAtNight(actor, step.Text("notes"), at),
            "repair.defer-to-morning" => ticket.DeferToMorning(actor, step.Text("note"), at),
            "repair.take-over" => ticket.TakeOverInMorning(actor, at),
            _ => ticket.Cancel(actor, step.Text("reason")!, at),
        };
    }

    private static AssessedLine Line(JsonElement line) => new(
        line.GetProperty("description").GetString()!,
        Money.Yuan(line.GetProperty("labour").GetDecimal()),
        Money.Yuan(line.TryGetProperty("material", out var material) ? material.GetDecimal() : 0m),
        line.TryGetProperty("payer", out var payer) ? Enum.Parse<Payer>(payer.GetString()!, ignoreCase: true) : Payer.Resident,
        line.TryGetProperty("item", out var item) ? item.GetString() : null);

    private string? RepairDetail(ScenarioStep step) => step.Command switch
    {
        "repair.assign" => _scenario.People[step.Text("technician")!].DisplayName,
        "repair.check-materials" => $"{step.Choice<MaterialCheckResult>("result")}{(step.Text("remarks") is { } r ? $" ({r})" : "")}",
        "repair.reject-work" or "repair.cancel" => step.Text("reason"),
        "repair.follow-up" => step.Choice<Satisfaction>("satisfaction").ToString(),
        _ => step.Text("notes") ?? step.Text("note"),
    };

    private Result<IReadOnlyList<DomainEvent>> Help(ScenarioStep step, HelpRequest request, Actor actor, Instant at)
    {
        switch (step.Command)
        {
            case "help.record-contact":
                var resident = _scenario.Residents[step.Text("resident")!];
                return request.RecordContact(actor, Location.InUnit(resident.Unit), resident.Resident.Phone, at);
            case "help.record-wishes":
                return request.RecordWishes(actor, step.Text("wishes"), at);
            case "help.answer":
                return request.Answer(actor, step.Text("answer"), at, step.Flag("certain", otherwise: true));
            case "help.escalate":
                var to = _scenario.People[step.Text("to")!];
                return request.Escalate(actor, to.Roles[0], step.Text("question"), at, to);
            case "help.instruct":
                return request.Instruct(actor, step.Text("instruction"), at);
            case "help.decline":
                return request.Decline(actor, step.Text("reason"), at);
            case "help.emergency-action":
                return request.RecordEmergencyAction(actor, step.Choice<EmergencyOption>("option"), step.Text("done"), at);
            case "help.report-emergency":
                return request.ReportEmergency(actor, step.Text("report"), at);
            case "help.refer-to-site-manager":
                return request.ReferToSiteManager(actor, step.Text("instruction"), at);
            case "help.reply-in-writing":
                return request.ReplyInWriting(actor, step.Text("reply"), at);
            case "help.follow-up":
                return request.FollowUp(actor, step.Choice<Satisfaction>("satisfaction"), step.Text("remarks"), at);
            default:
                return request.Close(actor, at);
        }
    }

    private string? HelpDetail(ScenarioStep step) => step.Command switch
    {
        "help.escalate" => $"{_scenario.People[step.Text("to")!].DisplayName}: {step.Text("question")}",
        "help.emergency-action" => $"{step.Choice<EmergencyOption>("option")}: {step.Text("done")}",
        "help.follow-up" => step.Choice<Satisfaction>("satisfaction").ToString(),
        _ => step.Text("answer") ?? step.Text("wishes") ?? step.Text("instruction") ?? step.Text("reason") ?? step.Text("report") ?? step.Text("reply"),
    };

    private Result<IReadOnlyList<DomainEvent>> Handover(ScenarioStep step, ShiftHandover handover, Actor actor, Instant at) => step.Command switch
    {
        "handover.arrive" => handover.Arrive(actor, at),
        "handover.report-absence" => handover.ReportAbsence(actor, at),
        "handover.hand-over" => handover.HandOverItems(actor, step.Objects("items").Select(i => Item(i, Id)), at),
        "handover.resolve-night-entry" => handover.ResolveNightEntry(actor, Id(step.Text("entry")!), step.Choice<NightEntryOutcome>("outcome"), step.Text("record") is { } record ? Id(record) : null, at),
        "handover.count-tools" => handover.CountTools(actor, _tools, step.Has("counted") ? step.TextList("counted") : _scenario.Tools.Select(t => t.Code), at),
        "handover.inspect" => handover.InspectPost(actor, step.Flag("accepted", otherwise: true), step.Text("reason"), at),
        "handover.tidy" => handover.TidyPost(actor, at),
        _ => handover.Complete(actor, at),
    };

    private static HandoverItem Item(JsonElement item, Func<string, string> id) => new(
        Enum.Parse<HandoverItemKind>(item.GetProperty("kind").GetString()!, ignoreCase: true),
        item.TryGetProperty("reference", out var reference) ? id(reference.GetString()!) : null,
        item.GetProperty("description").GetString()!,
        item.TryGetProperty("note", out var note) ? note.GetString() : null,
        item.TryGetProperty("major", out var major) && major.GetBoolean());

    /// <summary>The shift named in the step that starts next (at or after the step), and the shift that ends as it starts.</summary>
    private (Shift? Outgoing, Shift? Incoming) Shifts(ScenarioStep step)
    {
        var name = step.Text("incomingShift")!;
        var incoming = _roster.Shifts.Where(s => s.Name == name && s.Start >= step.At).OrderBy(s => s.Start).FirstOrDefault();
        var outgoing = incoming is null ? null : _roster.Shifts.FirstOrDefault(s => s.End == incoming.Start && s.People.Count > 0);
        return (outgoing, incoming is { People.Count: > 0 } ? incoming : null);
    }
}
