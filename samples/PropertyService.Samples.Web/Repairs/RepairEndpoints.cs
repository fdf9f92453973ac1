using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.Security;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>
/// Repair tickets over HTTP under <c>/api/sites/{site}/repairs</c>, for staff signed in at that site
/// (<see cref="Caller"/>). Commands need <c>If-Match</c> with the ticket's version; after a command its events are
/// stored and published to the <see cref="ServiceCenter"/>.
/// </summary>
public static class RepairEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder MapRepairEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/repairs").WithTags("Repairs");
        group.MapPost("/", CreateAsync).WithName("CreateRepair").Accepts<CreateRepairBody>("application/json")
            .Produces<RepairTicketView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).WithName("ListRepairs").Produces<IReadOnlyList<RepairSummaryView>>().ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).WithName("GetRepair").Produces<RepairTicketView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/actions/{action}", ActAsync).WithName("ActOnRepair").Accepts<RepairActionBody>("application/json")
            .Produces<RepairTicketView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }

    private static async Task<IResult> CreateAsync(string site, HttpContext context, ServedSites sites, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var (body, problem) = await JsonBody.ReadAsync<CreateRepairBody>(context);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var request = RepairRequestReader.Read(body!, sites.Zone, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var now = clock.GetCurrentInstant();
        var tickets = Repository(store, center);
        var created = await AggregateCommit.CreateAsync(tickets, center, siteId, body!.Id!, () => RepairTicket.Report(body!.Id!, request!, actor!, now), context.RequestAborted);
        if (created.Rejection is { } rejection)
        {
            return Problems.Refused(rejection, RequestCulture.Of(context.Request));
        }

        if (created.Conflict is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The identifier is taken.",
                detail: $"Site {siteId} already has a repair ticket '{body!.Id}'.");
        }

        var ticket = created.Aggregate!;
        ETags.Set(context, ticket.Version);
        return Results.Created($"/api/sites/{Uri.EscapeDataString(siteId.Value)}/repairs/{Uri.EscapeDataString(ticket.Id)}",
            View(ticket, center, now, actor!, RequestCulture.Of(context.Request)));
    }

    private static async Task<IResult> GetAsync(string site, string id, HttpContext context, ServedSites sites, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var ticket = await Repository(store, center).LoadAsync(siteId, id, context.RequestAborted);
        if (ticket is null)
        {
            return TicketNotFound(siteId, id);
        }

        ETags.Set(context, ticket.Version);
        return Results.Ok(View(ticket, center, clock.GetCurrentInstant(), actor!, RequestCulture.Of(context.Request)));
    }

    private static async Task<IResult> ActAsync(string site, string id, string action, HttpContext context, ServedSites sites, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        if (!RepairActionNames.Offered.ContainsKey(action))
        {
            return Problems.NotFound($"There is no action '{action}'; the actions are {string.Join(", ", RepairActionNames.Offered.Keys)}.");
        }

        if (ETags.ReadIfMatch(context, out var expected) is { } ifMatchProblem)
        {
            return ifMatchProblem;
        }

        var (body, problem) = await JsonBody.ReadAsync(context, new RepairActionBody(null, null, null, null, null));
        if (problem is not null)
        {
            return problem;
        }

        var ticket = await Repository(store, center).LoadAsync(siteId, id, context.RequestAborted);
        var now = clock.GetCurrentInstant();
        return await AggregateCommands.RunAsync(context, ticket, NotFoundText(siteId, id), expected,
            t => RepairCommands.Build(action, body!, actor!, t, center, sites.Zone, now),
            t => View(t, center, now, actor!, RequestCulture.Of(context.Request)));
    }

    private static async Task<IResult> ListAsync(string site, HttpContext context, ServedSites sites, IEventStore store, ServiceCenter center)
    {
        var (siteId, _, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var queryString = context.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var states = QueryFilters.Enums<RepairState>(queryString, "state", errors);
        var categories = QueryFilters.Enums<RepairCategory>(queryString, "category", errors);
        var dueBefore = QueryFilters.Instant(queryString, "dueBefore", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        // owner: the assigned technician, or the person who reported the ticket until one is assigned.
        var query = new StreamQuery { AggregateType = RepairTicket.AggregateType, States = states, DueBefore = dueBefore, Owner = QueryFilters.Text(queryString, "owner") };
        var found = await store.QueryAsync(siteId, query, context.RequestAborted);
        QueryFilters.MarkIfTruncated(context, found.Count);
        var list = new List<RepairSummaryView>(found.Count);
        var tickets = Repository(store, center);
        foreach (var summary in found.OrderBy(s => s.StreamId, StringComparer.Ordinal))
        {
            // The index does not hold the category: a category filter reads the ticket.
            if (categories is not null)
            {
                var ticket = await tickets.LoadAsync(siteId, summary.StreamId, context.RequestAborted);
                if (ticket is null || !categories.Contains(ticket.Request.Category.ToString()))
                {
                    continue;
                }
            }

            list.Add(new RepairSummaryView(summary.StreamId, WireNames.Kebab(summary.Status.State), summary.Version, WireNames.Of(summary.UpdatedAt),
                summary.Status.Owner, summary.Status.DueAt is { } due ? WireNames.Of(due) : null));
        }

        return Results.Ok(list);
    }

    private static RepairTicketView View(RepairTicket ticket, ServiceCenter center, Instant now, Actor actor, CultureInfo culture) => new(
        ticket.Id,
        ticket.Site.Value,
        WireNames.Of(ticket.State),
        ticket.Version,
        WireNames.Of(ticket.Request.Category),
        ticket.Request.Location?.ToString() ?? string.Empty,
        ticket.Request.Description,
        ticket.WorkOrder?.Number,
        ticket.AssignedTechnician?.DisplayName,
        AggregateViews.History(ticket),
        AggregateViews.Timers(center, ticket, now),
        AggregateViews.Permitted(ticket.PermittedActions(actor), RepairActionNames.NameOf, culture));

    private static EventStoreRepository<RepairTicket> Repository(IEventStore store, ServiceCenter center) =>
        new(store, RepairTicket.FromEvents, center.NextDeadline);

    private static string NotFoundText(SiteId site, string id) => $"Site {site} has no repair ticket '{id}'.";

    private static IResult TicketNotFound(SiteId site, string id) => Problems.NotFound(NotFoundText(site, id));
}
