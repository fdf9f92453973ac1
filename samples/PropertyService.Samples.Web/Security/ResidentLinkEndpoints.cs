using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;
using NodaTime.Text;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Security;

/// <summary>
/// Resident links: staff make one for a ticket and one action (<c>POST …/repairs/{id}/resident-links</c>); the
/// resident opens <c>/resident/{token}</c> without an account and answers with the page's form. The resident acts as
/// themselves (role Resident, the ticket's resident id), so the library's own checks (RP-14, RP-16) decide.
/// </summary>
public static class ResidentLinkEndpoints
{
    private static readonly Role[] FrontDesk = [Role.Officer, Role.ServiceSupervisor, Role.ServiceManager, Role.SiteManager];

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IEndpointRouteBuilder MapResidentLinkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sites/{site}/repairs/{id}/resident-links", CreateAsync).WithTags("Repairs").WithName("CreateResidentLink")
            .Accepts<ResidentLinkBody>("application/json").Produces<ResidentLinkView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapGet("/resident/{token}", ShowAsync).ExcludeFromDescription();
        app.MapPost("/resident/{token}", AnswerAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> CreateAsync(string site, string id, HttpContext context, ServedSites sites, IEventStore store,
        ServiceCenter center, ResidentLinks links)
    {
        var (siteId, staff, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        // Links go to residents from the service center's desk, which speaks with them (RP-14, RP-16); engineering
        // staff do not send them.
        if (!staff!.HasAnyRole(FrontDesk))
        {
            return Problems.Forbidden("Resident links are made by the service center: an officer, a service supervisor, the service manager or the site manager.");
        }

        var (body, problem) = await JsonBody.ReadAsync<ResidentLinkBody>(context);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Action is not { } action || !Enum.IsDefined(action))
        {
            return Problems.Invalid("action", "'action' is required: one of accept-quote, decline-quote, sign-off, reject-work.");
        }

        var ticket = await Repository(store, center).LoadAsync(siteId, id, context.RequestAborted);
        if (ticket is null)
        {
            return Problems.NotFound($"Site {siteId} has no repair ticket '{id}'.");
        }

        // A link is made for what the resident may do now; otherwise the resident would open a link that cannot work.
        if (ResidentOf(ticket) is not { } resident)
        {
            return NoResident(ticket);
        }

        var permitted = ticket.PermittedActions(resident).First(p => p.Action == RepairActionOf(action));
        if (!permitted.IsPermitted)
        {
            return Problems.Refused(permitted.Reason!, RequestCulture.Of(context.Request));
        }

        var (link, token) = links.Create(siteId, ticket.Id, action);
        var url = "/resident/" + token;
        return Results.Created(url, new ResidentLinkView(url, WireNames.Of(action), WireNames.Of(link.ExpiresAt)));
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext context, ResidentLinks links, IEventStore store, ServiceCenter center,
        ServedSites sites, IAntiforgery antiforgery)
    {
        var (link, ticket, problem) = await OpenAsync(token, context, links, store, center, sites);
        if (problem is not null)
        {
            return problem;
        }

        string T(string zh, string en) => SecurityPage.Text(context, zh, en);
        var body = Summary(context, ticket!, sites.Zone);
        if (link!.Action is ResidentLinkAction.AcceptQuote or ResidentLinkAction.DeclineQuote && ticket!.PendingQuote is { } quote)
        {
            body.Append(QuoteTable(context, quote));
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        body.Append("<form method=\"post\" id=\"resident-form\" action=\"/resident/").Append(SecurityPage.Encode(token)).Append("\">")
            .Append(SecurityPage.AntiforgeryField(tokens.RequestToken));
        if (link.Action is ResidentLinkAction.RejectWork or ResidentLinkAction.DeclineQuote)
        {
            body.Append("<label>").Append(link.Action == ResidentLinkAction.RejectWork ? T("哪里不满意（必填）", "What is wrong (required)") : T("原因（可不填）", "Reason (optional)"))
                .Append(" <textarea name=\"reason\" id=\"reason\" maxlength=\"2000\"").Append(link.Action == ResidentLinkAction.RejectWork ? " required" : string.Empty).Append("></textarea></label>");
        }

        body.Append("<button type=\"submit\" id=\"resident-answer\">").Append(ActionLabel(context, link.Action)).Append("</button></form>")
            .Append("<p class=\"hint\">").Append(T("此链接仅用于本工单的这一项操作，", "This link works for this one action on this ticket only, until "))
            .Append(SecurityPage.Encode(Local(link.ExpiresAt, sites.Zone))).Append(T(" 前有效。", ".")).Append("</p>");
        return SecurityPage.Html(context, ActionLabel(context, link.Action), body.ToString());
    }

    private static async Task<IResult> AnswerAsync(string token, HttpContext context, ResidentLinks links, IEventStore store, ServiceCenter center,
        ServedSites sites, IAntiforgery antiforgery, IClock clock)
    {
        var (link, ticket, problem) = await OpenAsync(token, context, links, store, center, sites);
        if (problem is not null)
        {
            return problem;
        }

        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return Failure(context, StatusCodes.Status400BadRequest, "The form has expired.", "Open the link again and resubmit the form.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var reason = form["reason"].ToString().Trim();
        if (reason.Length > 2_000)
        {
            return Failure(context, StatusCodes.Status400BadRequest, "'reason' is too long.", "Write at most 2,000 characters.", "reason");
        }

        var resident = ResidentOf(ticket!);
        if (resident is null)
        {
            return NoResident(ticket!);
        }

        var owner = ticket!.Request.Resident!;
        var now = clock.GetCurrentInstant();
        var expected = ticket.Version;
        var result = link!.Action switch
        {
            ResidentLinkAction.AcceptQuote => ticket.AcceptQuote(resident, owner, QuoteAnswerChannel.App, now),
            ResidentLinkAction.DeclineQuote => ticket.DeclineQuote(resident, owner, QuoteAnswerChannel.App, reason.Length == 0 ? null : reason, now),
            ResidentLinkAction.SignOff => ticket.SignOff(resident, owner, now),
            _ => ticket.RejectWork(resident, owner, reason, now),
        };
        var culture = SecurityPage.IsEnglish(context) ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        if (result.IsRejected)
        {
            var rejection = result.Rejection!;
            return WantsHtml(context)
                ? SecurityPage.Html(context, SecurityPage.Text(context, "无法完成", "This cannot be done"),
                    $"<p class=\"error\" id=\"resident-refused\" data-rule=\"{SecurityPage.Encode(rejection.RuleId)}\">{SecurityPage.Encode(rejection.Describe(culture))}</p>",
                    StatusCodes.Status422UnprocessableEntity)
                : Problems.Refused(rejection, culture);
        }

        if (await AggregateCommit.CommitAsync(store, center, ticket, expected, result.Value, context.RequestAborted) is not null)
        {
            return Failure(context, StatusCodes.Status409Conflict, "The ticket changed while you answered.", "Open the link again to see it as it is now.");
        }

        return SecurityPage.Html(context, SecurityPage.Text(context, "已记录，谢谢", "Recorded, thank you"),
            $"<p id=\"resident-done\">{SecurityPage.Encode(SecurityPage.Text(context, "您的答复已记录在工单 ", "Your answer is recorded on ticket "))}{SecurityPage.Encode(ticket.Id)}.</p>");
    }

    private static async Task<(ResidentLink? Link, RepairTicket? Ticket, IResult? Problem)> OpenAsync(string token, HttpContext context, ResidentLinks links,
        IEventStore store, ServiceCenter center, ServedSites sites)
    {
        if (!links.TryRead(token, out var link, out var expired))
        {
            return expired
                ? (null, null, Failure(context, StatusCodes.Status410Gone, "The link has expired.", "Ask the service center for a new link."))
                : (null, null, Failure(context, StatusCodes.Status404NotFound, "There is no such link.", "Check that the whole link was copied."));
        }

        var ticket = sites.TryGet(link!.Site.Value, out var site) ? await Repository(store, center).LoadAsync(site, link.TicketId, context.RequestAborted) : null;
        return ticket is null
            ? (null, null, Failure(context, StatusCodes.Status404NotFound, "There is no such link.", "The ticket is not served here."))
            : (link, ticket, null);
    }

    private static StringBuilder Summary(HttpContext context, RepairTicket ticket, DateTimeZone zone)
    {
        string T(string zh, string en) => SecurityPage.Text(context, zh, en);
        return new StringBuilder("<dl class=\"ticket-summary\" id=\"resident-ticket\">")
            .Append("<dt>").Append(T("工单", "Ticket")).Append("</dt><dd>").Append(SecurityPage.Encode(ticket.Id)).Append("</dd>")
            .Append("<dt>").Append(T("地点", "Where")).Append("</dt><dd>").Append(SecurityPage.Encode(ticket.Request.Location?.ToString())).Append("</dd>")
            .Append("<dt>").Append(T("报修内容", "Reported")).Append("</dt><dd>").Append(SecurityPage.Encode(ticket.Request.Description)).Append("</dd>")
            .Append("<dt>").Append(T("报修时间", "Reported at")).Append("</dt><dd>").Append(SecurityPage.Encode(Local(ticket.Events[0].OccurredAt, zone))).Append("</dd>")
            .Append("</dl>");
    }

    private static string QuoteTable(HttpContext context, Quote quote)
    {
        string T(string zh, string en) => SecurityPage.Text(context, zh, en);
        var html = new StringBuilder("<table id=\"quote\"><thead><tr><th>").Append(T("项目", "Item")).Append("</th><th>").Append(T("数量", "Quantity"))
            .Append("</th><th>").Append(T("费用", "Amount")).Append("</th><th>").Append(T("付费方", "Payer")).Append("</th></tr></thead><tbody>");
        foreach (var line in quote.Lines)
        {
            html.Append("<tr><td>").Append(SecurityPage.Encode(line.Description)).Append("</td><td>").Append(line.Quantity.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(SecurityPage.Encode(line.Subtotal.ToString())).Append("</td><td>").Append(SecurityPage.Encode(WireNames.Of(line.Payer))).Append("</td></tr>");
        }

        return html.Append("</tbody><tfoot><tr><th colspan=\"2\">").Append(T("您需支付", "You pay")).Append("</th><td id=\"quote-resident-total\">")
            .Append(SecurityPage.Encode(quote.TotalFor(Payer.Resident).ToString())).Append("</td><td></td></tr></tfoot></table>").ToString();
    }

    private static string ActionLabel(HttpContext context, ResidentLinkAction action) => action switch
    {
        ResidentLinkAction.AcceptQuote => SecurityPage.Text(context, "同意报价", "Accept the quote"),
        ResidentLinkAction.DeclineQuote => SecurityPage.Text(context, "不同意报价", "Decline the quote"),
        ResidentLinkAction.SignOff => SecurityPage.Text(context, "验收签字", "Sign off the work"),
        _ => SecurityPage.Text(context, "验收不合格", "Refuse the work"),
    };

    // A resident acts as the ticket's named resident; without a resident id there is nobody the link could stand for.
    private static Actor? ResidentOf(RepairTicket ticket) =>
        ticket.Request.Resident is { Id: { Length: > 0 } id } resident ? new Actor(id, resident.Name, ticket.Site, Role.Resident) : null;

    private static RepairAction RepairActionOf(ResidentLinkAction action) => action switch
    {
        ResidentLinkAction.AcceptQuote => RepairAction.AcceptQuote,
        ResidentLinkAction.DeclineQuote => RepairAction.DeclineQuote,
        ResidentLinkAction.SignOff => RepairAction.SignOff,
        _ => RepairAction.RejectWork,
    };

    private static IResult NoResident(RepairTicket ticket) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "ResidentLink.NoResident",
            detail: $"Ticket {ticket.Id} names no resident with an id, so no resident link can stand for them.",
            extensions: new Dictionary<string, object?> { ["code"] = "ResidentLink.NoResident", ["field"] = "resident.id" });

    private static IResult Failure(HttpContext context, int status, string title, string detail, string? field = null)
    {
        if (WantsHtml(context))
        {
            return SecurityPage.Html(context, title, $"<p class=\"error\" id=\"resident-error\">{SecurityPage.Encode(detail)}</p>", status);
        }

        return field is null
            ? Results.Problem(statusCode: status, title: title, detail: detail)
            : Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [detail] }, detail: detail, title: title);
    }

    private static bool WantsHtml(HttpContext context) =>
        context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static EventStoreRepository<RepairTicket> Repository(IEventStore store, ServiceCenter center) =>
        new(store, RepairTicket.FromEvents, center.NextDeadline);

    private static string Local(Instant instant, DateTimeZone zone) =>
        LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm").Format(instant.InZone(zone).LocalDateTime);

}
