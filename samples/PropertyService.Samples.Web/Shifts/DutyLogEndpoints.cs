using NodaTime;
using NodaTime.Text;
using PropertyService.Pipeline;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.Security;
using PropertyService.Shifts;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>
/// The duty log over HTTP under <c>/api/sites/{site}/duty-log</c>: the contact register (CS-13) and the night duty log
/// (CS-14), the book chosen by the roster from who was on duty when the resident called or came.
/// </summary>
/// <remarks>
/// Each duty day has its own log, stream <c>duty-log-yyyy-MM-dd</c>: the day is the date the shift on duty started on,
/// so a night's entries after midnight stay with that night. Entries are numbered in their day's log
/// (<c>2026-11-27-3</c>), so an entry's id says which log holds it; marking it handled needs <c>If-Match</c> with
/// that log's version (an entry's <see cref="ContactEntryView.Version"/>).
/// </remarks>
public static class DutyLogEndpoints
{
    private const string StreamPrefix = "duty-log-";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder MapDutyLogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/duty-log").WithTags("Duty log");
        group.MapPost("/", RecordAsync).WithName("RecordContact").Accepts<RecordContactBody>("application/json")
            .Produces<ContactEntryView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/contact-register", ContactRegisterAsync).WithName("GetContactRegister").Produces<DutyLogBookView>().ProducesValidationProblem();
        group.MapGet("/night-log", NightLogAsync).WithName("GetNightLog").Produces<DutyLogBookView>().ProducesValidationProblem();
        group.MapGet("/entries/{entryId}", GetEntryAsync).WithName("GetContactEntry").Produces<ContactEntryView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/entries/{entryId}/actions/handle", HandleAsync).WithName("HandleContact").Accepts<HandleContactBody>("application/json")
            .Produces<ContactEntryView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }

    private static async Task<IResult> RecordAsync(string site, HttpContext context, ServedSites sites, SiteRosters rosters, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var (body, problem) = await JsonBody.ReadAsync<RecordContactBody>(context);
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetCurrentInstant();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body!.Kind is null)
        {
            errors["kind"] = [$"'kind' is required: one of {WireNames.Choices<ContactKind>()}."];
        }

        if (body.Category is null)
        {
            errors["category"] = [$"'category' is required: one of {WireNames.Choices<ContactCategory>()}."];
        }

        var at = now;
        if (body.At is not null)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(body.At);
            if (!parsed.Success || parsed.Value > now || parsed.Value < now - Duration.FromDays(3650))
            {
                errors["at"] = [$"'{body.At}' is not an ISO instant such as 2026-11-27T06:00:00Z, not in the future."];
            }
            else
            {
                at = parsed.Value;
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var roster = rosters.For(siteId, at.InZone(rosters.Zone).Date);
        var day = roster.WhoIsOnDuty(at)?.Date ?? at.InZone(rosters.Zone).Date;
        var logId = StreamPrefix + WireNames.Of(day);

        // Two entries recorded at once in the same day's log: the later one is numbered again and retried.
        for (var attempt = 0; ; attempt++)
        {
            var log = await Repository(store, center, siteId, logId, rosters.Zone).LoadAsync(siteId, logId, context.RequestAborted)
                ?? new DutyLog(logId, siteId, rosters.Zone);
            var expected = log.Version;
            var entryId = $"{WireNames.Of(day)}-{(log.Entries.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            var result = log.Record(entryId, actor!, roster, body.Kind!.Value, body.Category!.Value, body.From, body.Summary, at);
            if (result.IsRejected)
            {
                return Problems.Refused(result.Rejection!, RequestCulture.Of(context.Request));
            }

            var current = await AggregateCommit.CommitAsync(store, center, log, expected, result.Value, context.RequestAborted);
            if (current is null)
            {
                ETags.Set(context, log.Version);
                return Results.Created($"/api/sites/{Uri.EscapeDataString(siteId.Value)}/duty-log/entries/{entryId}", View(log, log.Find(entryId)!));
            }

            if (attempt == 2)
            {
                ETags.Set(context, current.Value);
                return Problems.Stale(expected, current.Value);
            }
        }
    }

    private static async Task<IResult> ContactRegisterAsync(string site, HttpContext context, ServedSites sites, SiteRosters rosters, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, _, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var date = QueryFilters.Date(context.Request.Query, "date", errors) ?? clock.GetCurrentInstant().InZone(rosters.Zone).Date;
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        // A day's calls may sit in the log of the day before, when that day's last shift ran past midnight.
        var entries = new List<ContactEntryView>();
        foreach (var day in new[] { date.PlusDays(-1), date })
        {
            if (await LoadAsync(store, center, siteId, day, rosters.Zone, context.RequestAborted) is { } log)
            {
                entries.AddRange(log.ContactRegister(date).Select(e => View(log, e)));
            }
        }

        return Results.Ok(new DutyLogBookView(siteId.Value, WireNames.Of(LogBook.ContactRegister), WireNames.Of(date), entries));
    }

    private static async Task<IResult> NightLogAsync(string site, HttpContext context, ServedSites sites, SiteRosters rosters, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, _, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var nightOf = QueryFilters.Date(context.Request.Query, "nightOf", errors) ?? clock.GetCurrentInstant().InZone(rosters.Zone).Date;
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var log = await LoadAsync(store, center, siteId, nightOf, rosters.Zone, context.RequestAborted);
        return Results.Ok(new DutyLogBookView(siteId.Value, WireNames.Of(LogBook.NightDutyLog), WireNames.Of(nightOf),
            log is null ? [] : [.. log.NightDutyLog(nightOf).Select(e => View(log, e))]));
    }

    private static async Task<IResult> GetEntryAsync(string site, string entryId, HttpContext context, ServedSites sites, SiteRosters rosters, IEventStore store, ServiceCenter center)
    {
        var (siteId, _, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var log = await LogOfAsync(store, center, siteId, entryId, rosters.Zone, context.RequestAborted);
        if (log?.Find(entryId) is not { } entry)
        {
            return EntryNotFound(siteId, entryId);
        }

        ETags.Set(context, log.Version);
        return Results.Ok(View(log, entry));
    }

    private static async Task<IResult> HandleAsync(string site, string entryId, HttpContext context, ServedSites sites, SiteRosters rosters, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        if (ETags.ReadIfMatch(context, out var expected) is { } ifMatchProblem)
        {
            return ifMatchProblem;
        }

        var (body, problem) = await JsonBody.ReadAsync(context, new HandleContactBody(null));
        if (problem is not null)
        {
            return problem;
        }

        var log = await LogOfAsync(store, center, siteId, entryId, rosters.Zone, context.RequestAborted);
        if (log?.Find(entryId) is null)
        {
            return EntryNotFound(siteId, entryId);
        }

        var now = clock.GetCurrentInstant();
        return await AggregateCommands.RunAsync(context, log, string.Empty, expected,
            _ => (l => l.MarkHandled(entryId, actor!, body!.Handling, now), null), l => View(l, l.Find(entryId)!));
    }

    private static ContactEntryView View(DutyLog log, ContactEntry entry) => new(
        entry.Id,
        WireNames.Of(entry.Book),
        WireNames.Of(entry.Logged.Kind),
        WireNames.Of(entry.Logged.Category),
        entry.Logged.From,
        entry.Logged.Summary,
        WireNames.Of(entry.At),
        entry.Logged.ShiftName,
        entry.Logged.ShiftDate is { } shiftDate ? WireNames.Of(shiftDate) : null,
        new PersonView(entry.Logged.Actor.Id, entry.Logged.Actor.DisplayName),
        entry.IsHandled,
        entry.Handled?.Handling,
        entry.Handled is { } handled ? new PersonView(handled.Actor.Id, handled.Actor.DisplayName) : null,
        entry.Handled is { } done ? WireNames.Of(done.OccurredAt) : null,
        log.Version);

    // The log holding an entry: its id starts with its day (yyyy-MM-dd).
    private static async Task<DutyLog?> LogOfAsync(IEventStore store, ServiceCenter center, SiteId site, string entryId, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var day = entryId.Length > 10 ? LocalDatePattern.Iso.Parse(entryId[..10]) : null;
        return day is { Success: true } ? await LoadAsync(store, center, site, day.Value, zone, cancellationToken) : null;
    }

    private static async Task<DutyLog?> LoadAsync(IEventStore store, ServiceCenter center, SiteId site, LocalDate day, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var id = StreamPrefix + WireNames.Of(day);
        return await Repository(store, center, site, id, zone).LoadAsync(site, id, cancellationToken);
    }

    private static EventStoreRepository<DutyLog> Repository(IEventStore store, ServiceCenter center, SiteId site, string id, DateTimeZone zone) =>
        new(store, events => DutyLog.FromEvents(id, site, zone, events), center.NextDeadline);


    private static IResult EntryNotFound(SiteId site, string entryId) => Problems.NotFound($"Site {site} has no duty-log entry '{entryId}'.");
}
