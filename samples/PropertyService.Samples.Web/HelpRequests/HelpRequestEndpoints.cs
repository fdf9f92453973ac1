using System.Globalization;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.Security;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.HelpRequests;

/// <summary>
/// Help requests (求助) over HTTP under <c>/api/sites/{site}/help-requests</c>: receive one, read it, list them, and take
/// every step of its workflow at <c>/{id}/actions/{action}</c> with <c>If-Match</c> (see <see cref="HelpActionNames"/>).
/// </summary>
public static class HelpRequestEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder MapHelpRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/help-requests").WithTags("Help requests");
        group.MapPost("/", CreateAsync).WithName("ReceiveHelpRequest").Accepts<CreateHelpRequestBody>("application/json")
            .Produces<HelpRequestView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", ListAsync).WithName("ListHelpRequests").Produces<IReadOnlyList<HelpRequestSummaryView>>().ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).WithName("GetHelpRequest").Produces<HelpRequestView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/actions/{action}", ActAsync).WithName("ActOnHelpRequest").Accepts<HelpRequestActionBody>("application/json")
            .Produces<HelpRequestView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
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

        var (body, problem) = await JsonBody.ReadAsync<CreateHelpRequestBody>(context);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(body!.Id))
        {
            errors["id"] = ["'id' is required."];
        }

        if (body.Kind is null)
        {
            errors["kind"] = [$"'kind' is required: one of {WireNames.Choices<HelpKind>()}."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var now = clock.GetCurrentInstant();
        var created = await AggregateCommit.CreateAsync(Repository(store, center), center, siteId, body.Id!.Trim(), () => HelpRequest.Receive(body.Id!.Trim(), actor!, body.Kind!.Value, now, body.Major ?? false), context.RequestAborted);
        if (created.Rejection is { } rejection)
        {
            return Problems.Refused(rejection, RequestCulture.Of(context.Request));
        }

        if (created.Conflict is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The identifier is taken.",
                detail: $"Site {siteId} already has a record '{body.Id}'.");
        }

        var request = created.Aggregate!;
        ETags.Set(context, request.Version);
        return Results.Created($"/api/sites/{Uri.EscapeDataString(siteId.Value)}/help-requests/{Uri.EscapeDataString(request.Id)}",
            View(request, center, now, actor!, RequestCulture.Of(context.Request)));
    }

    private static async Task<IResult> GetAsync(string site, string id, HttpContext context, ServedSites sites, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var request = await Repository(store, center).LoadAsync(siteId, id, context.RequestAborted);
        if (request is null)
        {
            return NotFound(siteId, id);
        }

        ETags.Set(context, request.Version);
        return Results.Ok(View(request, center, clock.GetCurrentInstant(), actor!, RequestCulture.Of(context.Request)));
    }

    private static async Task<IResult> ActAsync(string site, string id, string action, HttpContext context, ServedSites sites, IEventStore store, ServiceCenter center, IClock clock)
    {
        var (siteId, actor, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        if (!HelpActionNames.Offered.TryGetValue(action, out var helpAction))
        {
            return Problems.NotFound($"There is no action '{action}'; the actions are {string.Join(", ", HelpActionNames.Offered.Keys)}.");
        }

        if (ETags.ReadIfMatch(context, out var expected) is { } ifMatchProblem)
        {
            return ifMatchProblem;
        }

        var (body, problem) = await JsonBody.ReadAsync(context, new HelpRequestActionBody());
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetCurrentInstant();
        var culture = RequestCulture.Of(context.Request);
        var request = await Repository(store, center).LoadAsync(siteId, id, context.RequestAborted);
        return await AggregateCommands.RunAsync(context, request, NotFoundText(siteId, id), expected,
            r => HelpRequestCommands.Build(helpAction, body!, actor!, r, now), r => View(r, center, now, actor!, culture));
    }

    private static async Task<IResult> ListAsync(string site, HttpContext context, ServedSites sites, IEventStore store, ServiceCenter center)
    {
        var (siteId, _, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var query = context.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var states = QueryFilters.Enums<HelpRequestState>(query, "state", errors);
        var kinds = QueryFilters.Enums<HelpKind>(query, "kind", errors);
        var dueBefore = QueryFilters.Instant(query, "dueBefore", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var found = await store.QueryAsync(siteId, new StreamQuery
        {
            AggregateType = HelpRequest.AggregateType,
            States = states,
            Owner = QueryFilters.Text(query, "owner"),
            DueBefore = dueBefore,
        }, context.RequestAborted);
        QueryFilters.MarkIfTruncated(context, found.Count);
        var list = new List<HelpRequestSummaryView>(found.Count);
        var requests = Repository(store, center);
        foreach (var summary in found.OrderBy(s => s.StreamId, StringComparer.Ordinal))
        {
            // The index does not hold the kind: each request is read for it.
            var request = await requests.LoadAsync(siteId, summary.StreamId, context.RequestAborted);
            if (request is null || (kinds is not null && !kinds.Contains(request.Kind.ToString())))
            {
                continue;
            }

            list.Add(new HelpRequestSummaryView(summary.StreamId, WireNames.Of(request.Kind), WireNames.Kebab(summary.Status.State), summary.Version,
                WireNames.Of(summary.UpdatedAt), summary.Status.Owner, summary.Status.DueAt is { } due ? WireNames.Of(due) : null));
        }

        return Results.Ok(list);
    }

    private static HelpRequestView View(HelpRequest request, ServiceCenter center, Instant now, Actor actor, CultureInfo culture) => new(
        request.Id,
        request.Site.Value,
        WireNames.Of(request.Kind),
        request.IsMajor,
        WireNames.Of(request.State),
        request.Version,
        request.FirstContactOwner.Id,
        request.FirstContactOwner.DisplayName,
        WireNames.Of(request.ReceivedAt),
        request.Address?.ToString(),
        request.Phone.IsEmpty ? null : request.Phone.Value,
        request.Wishes,
        request.EscalatedTo is { } level ? WireNames.Of(level) : null,
        request.Instruction,
        request.AnswerGiven,
        request.DeclineReason,
        request.EmergencyOption is { } option ? WireNames.Of(option) : null,
        request.EmergencyActionTaken,
        request.ReportedToSupervisor,
        request.SiteManagerInstruction,
        request.WrittenReply,
        request.Satisfaction is { } satisfaction ? WireNames.Of(satisfaction) : null,
        AggregateViews.History(request),
        AggregateViews.Timers(center, request, now),
        AggregateViews.Permitted(request.PermittedActions(actor), WireNames.Of, culture));

    private static EventStoreRepository<HelpRequest> Repository(IEventStore store, ServiceCenter center) =>
        new(store, HelpRequest.FromEvents, center.NextDeadline);


    private static string NotFoundText(SiteId site, string id) => $"Site {site} has no help request '{id}'.";

    private static IResult NotFound(SiteId site, string id) => Problems.NotFound(NotFoundText(site, id));
}
