using System.Globalization;
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
/// Shift handovers over HTTP under <c>/api/sites/{site}/handovers</c>: schedule one at a change of shift of the site's
/// roster, read it, list them, and take each step at <c>/{id}/actions/{action}</c> with <c>If-Match</c>
/// (see <see cref="HandoverActionNames"/>).
/// </summary>
public static class HandoverEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder MapHandoverEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/handovers").WithTags("Shift handovers");
        group.MapPost("/", ScheduleAsync).WithName("ScheduleHandover").Accepts<ScheduleHandoverBody>("application/json")
            .Produces<HandoverView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", ListAsync).WithName("ListHandovers").Produces<IReadOnlyList<HandoverSummaryView>>().ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).WithName("GetHandover").Produces<HandoverView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/actions/{action}", ActAsync).WithName("ActOnHandover").Accepts<HandoverActionBody>("application/json")
            .Produces<HandoverView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }

    private static async Task<IResult> ScheduleAsync(string site, HttpContext context, ServedSites sites, SiteRosters rosters, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var (body, problem) = await JsonBody.ReadAsync<ScheduleHandoverBody>(context);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(body!.Id))
        {
            errors["id"] = ["'id' is required."];
        }

        if (string.IsNullOrWhiteSpace(body.IncomingShift))
        {
            errors["incomingShift"] = ["'incomingShift' is required: the name of the shift that starts, such as Night."];
        }

        var date = LocalDatePattern.Iso.Parse(body.Date ?? string.Empty);
        if (!date.Success || date.Value.Year is < 1901 or > 2198)
        {
            errors["date"] = ["'date' is required: the date the incoming shift starts on, such as 2026-11-27."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var roster = rosters.For(siteId, date.Value);
        var incoming = roster.Shifts.FirstOrDefault(s => s.Date == date.Value && s.Name == body.IncomingShift!.Trim());
        var outgoing = incoming is null ? null : roster.Shifts.FirstOrDefault(s => s.End == incoming.Start);
        if (incoming is null || outgoing is null)
        {
            return Problems.Invalid("incomingShift", $"The roster of {WireNames.Of(date.Value)} has no shift '{body.IncomingShift}' that follows another; the shifts are {string.Join(", ", roster.Shifts.Where(s => s.Date == date.Value).Select(s => s.Name))}.");
        }

        var (outgoingPerson, outgoingProblem) = PersonOn(outgoing, body.Outgoing, "outgoing");
        var (incomingPerson, incomingProblem) = PersonOn(incoming, body.Incoming, "incoming");
        if ((outgoingProblem ?? incomingProblem) is { } personProblem)
        {
            return personProblem;
        }

        var now = clock.GetCurrentInstant();
        var created = await AggregateCommit.CreateAsync(Repository(store, center), center, siteId, body.Id!.Trim(),
            () => ShiftHandover.Schedule(body.Id!.Trim(), outgoing, outgoingPerson!, incoming, incomingPerson!, actor!, now), context.RequestAborted);
        if (created.Rejection is { } rejection)
        {
            return Problems.Refused(rejection, RequestCulture.Of(context.Request));
        }

        if (created.Conflict is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The identifier is taken.",
                detail: $"Site {siteId} already has a record '{body.Id}'.");
        }

        var handover = created.Aggregate!;
        ETags.Set(context, handover.Version);
        return Results.Created($"/api/sites/{Uri.EscapeDataString(siteId.Value)}/handovers/{Uri.EscapeDataString(handover.Id)}",
            View(handover, center, now, actor!, RequestCulture.Of(context.Request)));
    }

    private static async Task<IResult> GetAsync(string site, string id, HttpContext context, ServedSites sites, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var handover = await Repository(store, center).LoadAsync(siteId, id, context.RequestAborted);
        if (handover is null)
        {
            return Problems.NotFound(NotFoundText(siteId, id));
        }

        ETags.Set(context, handover.Version);
        return Results.Ok(View(handover, center, clock.GetCurrentInstant(), actor!, RequestCulture.Of(context.Request)));
    }

    private static async Task<IResult> ActAsync(string site, string id, string action, HttpContext context, ServedSites sites, SiteRosters rosters, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        if (!HandoverActionNames.Offered.TryGetValue(action, out var handoverAction))
        {
            return Problems.NotFound($"There is no action '{action}'; the actions are {string.Join(", ", HandoverActionNames.Offered.Keys)}.");
        }

        if (ETags.ReadIfMatch(context, out var expected) is { } ifMatchProblem)
        {
            return ifMatchProblem;
        }

        var (body, problem) = await JsonBody.ReadAsync(context, new HandoverActionBody());
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetCurrentInstant();
        var culture = RequestCulture.Of(context.Request);
        var handover = await Repository(store, center).LoadAsync(siteId, id, context.RequestAborted);
        return await AggregateCommands.RunAsync(context, handover, NotFoundText(siteId, id), expected,
            _ => HandoverCommands.Build(handoverAction, body!, actor!, rosters.Tools(siteId), now), h => View(h, center, now, actor!, culture));
    }

    private static async Task<IResult> ListAsync(string site, HttpContext context, ServedSites sites, IEventStore store)
    {
        var (siteId, _, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var query = context.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var states = QueryFilters.Enums<HandoverState>(query, "state", errors);
        var dueBefore = QueryFilters.Instant(query, "dueBefore", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var found = await store.QueryAsync(siteId, new StreamQuery
        {
            AggregateType = ShiftHandover.AggregateType,
            States = states,
            Owner = QueryFilters.Text(query, "incoming"),
            DueBefore = dueBefore,
        }, context.RequestAborted);
        QueryFilters.MarkIfTruncated(context, found.Count);
        return Results.Ok(found.OrderBy(s => s.StreamId, StringComparer.Ordinal)
            .Select(s => new HandoverSummaryView(s.StreamId, WireNames.Kebab(s.Status.State), s.Version, WireNames.Of(s.UpdatedAt), s.Status.Owner,
                s.Status.DueAt is { } due ? WireNames.Of(due) : null))
            .ToList());
    }

    private static (Actor? Person, IResult? Problem) PersonOn(Shift shift, string? id, string field)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return shift.People.Count > 0
                ? (shift.People[0], null)
                : (null, Problems.Invalid(field, $"Nobody is on the roster's {shift.Name} shift of {WireNames.Of(shift.Date)}."));
        }

        var person = shift.People.FirstOrDefault(p => p.Id == id.Trim());
        return person is not null
            ? (person, null)
            : (null, Problems.Invalid(field, $"{id} is not on the roster's {shift.Name} shift of {WireNames.Of(shift.Date)}; on it: {string.Join(", ", shift.People.Select(p => p.Id))}."));
    }

    private static HandoverView View(ShiftHandover handover, ServiceCenter center, Instant now, Actor actor, CultureInfo culture) => new(
        handover.Id,
        handover.Site.Value,
        WireNames.Of(handover.State),
        handover.Version,
        new PersonView(handover.Outgoing.Id, handover.Outgoing.DisplayName),
        new PersonView(handover.Incoming.Id, handover.Incoming.DisplayName),
        handover.OutgoingShift,
        handover.IncomingShift,
        WireNames.Of(handover.IncomingDate),
        WireNames.Of(handover.ShiftStartsAt),
        WireNames.Of(handover.ArriveBy),
        handover.ArrivedAt is { } arrived ? WireNames.Of(arrived) : null,
        handover.ArrivedLate,
        handover.AbsenceReported,
        [.. handover.Items.Select(i => new HandoverItemView(WireNames.Of(i.Kind), i.Reference, i.Description, i.Note, i.IsMajor))],
        handover.UnresolvedNightEntries,
        [.. handover.NightEntryResolutions.Select(r => new NightEntryResolutionView(r.EntryId, WireNames.Of(r.Outcome), r.RecordId, r.Reason))],
        handover.ToolCount?.Counted,
        [.. handover.ToolLosses.Select(l => new ToolLossView(l.Tool.Code, l.Tool.Name, l.Tool.ReplacementPrice.Amount, l.AnswerableBy.Id, l.OnLoan))],
        handover.PostRejections,
        handover.CompletedAt is { } completed ? WireNames.Of(completed) : null,
        AggregateViews.History(handover),
        AggregateViews.Timers(center, handover, now),
        AggregateViews.Permitted(handover.PermittedActions(actor), WireNames.Of, culture));

    private static EventStoreRepository<ShiftHandover> Repository(IEventStore store, ServiceCenter center) =>
        new(store, ShiftHandover.FromEvents, center.NextDeadline);


    private static string NotFoundText(SiteId site, string id) => $"Site {site} has no shift handover '{id}'.";
}
