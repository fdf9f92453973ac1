using Microsoft.AspNetCore.Antiforgery;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.Security;
using PropertyService.Samples.Web.Shifts;
using PropertyService.Shifts;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// The dashboard's pages: <c>/</c> (<see cref="OverviewPage"/>), <c>/tickets/{id}</c> (<see cref="TicketPage"/>),
/// <c>/help-requests/{id}</c> (<see cref="HelpRequestPage"/>), <c>/handovers/{id}</c> (<see cref="HandoverPage"/>),
/// <c>/roster</c> (<see cref="RosterPage"/>), <c>/escalations</c> (<see cref="EscalationsPage"/>) and the
/// <c>POST /escalations/acknowledge</c> form. Every page needs a signed-in staff member and shows their own site;
/// signed-out browsers are sent to <c>/sign-in?returnUrl=…</c>.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Where signed-out browsers go.</summary>
    public const string SignInPath = "/sign-in";

    /// <summary>Maps the pages.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The group of pages.</returns>
    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(string.Empty).ExcludeFromDescription();
        group.MapGet("/", OverviewAsync);
        group.MapGet("/tickets/{id}", TicketAsync);
        group.MapGet("/help-requests/{id}", HelpRequestAsync);
        group.MapGet("/handovers/{id}", HandoverAsync);
        group.MapGet("/roster", RosterAsync);
        group.MapGet("/escalations", EscalationsAsync);
        group.MapPost("/escalations/acknowledge", AcknowledgeAsync).DisableAntiforgery(); // validated in the handler
        return group;
    }

    private static async Task<IResult> OverviewAsync(HttpContext context, IEventStore store, ServiceCenter center, EscalationInbox inbox, ServedSites sites, IAntiforgery antiforgery, IClock clock)
    {
        if (Begin(context, sites, antiforgery, clock) is not { } request)
        {
            return SignIn(context);
        }

        return Page(await OverviewPage.RenderAsync(request, store, center, inbox, context.RequestAborted));
    }

    private static async Task<IResult> TicketAsync(string id, HttpContext context, IEventStore store, ServiceCenter center, ServedSites sites, IAntiforgery antiforgery, IClock clock)
    {
        if (Begin(context, sites, antiforgery, clock) is not { } request)
        {
            return SignIn(context);
        }

        var ticket = await new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, center.NextDeadline).LoadAsync(request.Site, id, context.RequestAborted);
        if (ticket is null)
        {
            return Page(RecordSections.NotFound(request, "ticket", "ticket.title", "ticket.not-found", id), StatusCodes.Status404NotFound);
        }

        return Page(TicketPage.Render(request, ticket, center));
    }

    private static async Task<IResult> HelpRequestAsync(string id, HttpContext context, IEventStore store, ServiceCenter center, ServedSites sites, IAntiforgery antiforgery, IClock clock)
    {
        if (Begin(context, sites, antiforgery, clock) is not { } request)
        {
            return SignIn(context);
        }

        var help = await new EventStoreRepository<HelpRequest>(store, HelpRequest.FromEvents, center.NextDeadline).LoadAsync(request.Site, id, context.RequestAborted);
        return help is null
            ? Page(RecordSections.NotFound(request, HelpRequestPage.PageId, "help.title", "help.not-found", id), StatusCodes.Status404NotFound)
            : Page(HelpRequestPage.Render(request, help, center));
    }

    private static async Task<IResult> HandoverAsync(string id, HttpContext context, IEventStore store, ServiceCenter center, ServedSites sites, IAntiforgery antiforgery, IClock clock)
    {
        if (Begin(context, sites, antiforgery, clock) is not { } request)
        {
            return SignIn(context);
        }

        var handover = await new EventStoreRepository<ShiftHandover>(store, ShiftHandover.FromEvents, center.NextDeadline).LoadAsync(request.Site, id, context.RequestAborted);
        return handover is null
            ? Page(RecordSections.NotFound(request, HandoverPage.PageId, "handover.title", "handover.not-found", id), StatusCodes.Status404NotFound)
            : Page(HandoverPage.Render(request, handover, center));
    }

    private static async Task<IResult> RosterAsync(HttpContext context, IEventStore store, ServiceCenter center, ServedSites sites, SiteRosters rosters, IAntiforgery antiforgery, IClock clock)
    {
        if (Begin(context, sites, antiforgery, clock) is not { } request)
        {
            return SignIn(context);
        }

        var today = clock.GetCurrentInstant().InZone(sites.Zone).Date;
        return Page(await RosterPage.RenderAsync(request, [rosters.For(request.Site, today)], store, center, context.RequestAborted));
    }

    private static async Task<IResult> EscalationsAsync(HttpContext context, IEventStore store, ServiceCenter center, EscalationInbox inbox, ServedSites sites, IAntiforgery antiforgery, IClock clock)
    {
        if (Begin(context, sites, antiforgery, clock) is not { } request)
        {
            return SignIn(context);
        }

        return Page(await EscalationsPage.RenderAsync(request, inbox, center.Escalations, store, null, context.RequestAborted));
    }

    private static async Task<IResult> AcknowledgeAsync(HttpContext context, IEventStore store, ServiceCenter center, EscalationInbox inbox, ServedSites sites, IAntiforgery antiforgery, IClock clock)
    {
        if (StaffOf(context) is null)
        {
            return Results.Redirect(SignInPath + "?returnUrl=" + Uri.EscapeDataString("/escalations"));
        }

        if (!context.Request.HasFormContentType)
        {
            return Problems.Invalid("body", "Send the acknowledgement as a form.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form's anti-forgery token is missing or not valid.",
                detail: "Reload the page and submit the form again.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var cause = form["cause"].ToString();
        if (string.IsNullOrWhiteSpace(cause))
        {
            return Problems.Invalid("cause", "'cause' is required: the escalation to acknowledge.");
        }

        var request = Begin(context, sites, antiforgery, clock)!;
        var result = await center.AcknowledgeAsync(request.Site, cause, request.Staff, request.Now, context.RequestAborted);
        if (result.IsRejected)
        {
            return Page(await EscalationsPage.RenderAsync(request, inbox, center.Escalations, store, result.Rejection!.Describe(request.Culture), context.RequestAborted),
                StatusCodes.Status422UnprocessableEntity);
        }

        inbox.Acknowledge(request.Site, result.Value);
        return Results.Redirect("/escalations", permanent: false, preserveMethod: false);
    }

    /// <summary>The request's staff member, language, token and time; null when nobody is signed in.</summary>
    private static DashboardRequest? Begin(HttpContext context, ServedSites sites, IAntiforgery antiforgery, IClock clock)
    {
        if (StaffOf(context) is not { } staff)
        {
            return null;
        }

        var language = PageLanguage.Resolve(context);
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        return new DashboardRequest(staff, language, sites.Zone, tokens.RequestToken ?? string.Empty, context.Request.Path.Value ?? "/", clock.GetCurrentInstant());
    }

    /// <summary>The signed-in staff member, at their own site.</summary>
    private static Actor? StaffOf(HttpContext context) => Caller.StaffOf(context);

    private static IResult SignIn(HttpContext context)
    {
        var returnUrl = context.Request.Path.Value + context.Request.QueryString.Value;
        return Results.Redirect(SignInPath + "?returnUrl=" + Uri.EscapeDataString(returnUrl));
    }

    private static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
