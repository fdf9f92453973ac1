using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
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
/// The front desk's form for a reported repair (<c>/repairs/new</c>): the officer who takes the call or visit writes
/// it down and the ticket opens at once, so the 3-minute work-order target (RP-09) starts with the report.
/// </summary>
public static class ReportRepairPage
{
    /// <summary>The page's path.</summary>
    public const string Path = "/repairs/new";

    /// <summary>Maps the page and its form post.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IEndpointRouteBuilder MapReportRepairPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Show).ExcludeFromDescription();
        app.MapPost(Path, ReportAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static IResult Show(HttpContext context, IAntiforgery antiforgery)
    {
        if (Caller.StaffOf(context) is null)
        {
            return SignIn(context);
        }
        return Form(context, antiforgery, new Dictionary<string, string>(), new Dictionary<string, string[]>(), StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReportAsync(HttpContext context, IAntiforgery antiforgery, ServedSites sites, IEventStore store, ServiceCenter center, IClock clock)
    {
        if (Caller.StaffOf(context) is not { } actor)
        {
            return SignIn(context);
        }

        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return SecurityPage.Html(context, SecurityPage.Text(context, "表单已失效", "The form has expired"),
                "<p>" + SecurityPage.Text(context, "请重新打开页面再提交。", "Open the page again and resubmit.") + "</p>", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var values = Fields.ToDictionary(f => f, f => form[f].ToString().Trim(), StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var body = ToBody(values, clock.GetCurrentInstant().InZone(sites.Zone), errors);
        var request = body is null ? null : RepairRequestReader.Read(body, sites.Zone, errors);
        if (errors.Count > 0)
        {
            return Form(context, antiforgery, values, errors, StatusCodes.Status400BadRequest);
        }

        var tickets = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, center.NextDeadline);
        var created = await AggregateCommit.CreateAsync(tickets, center, actor.Site, body!.Id!, () => RepairTicket.Report(body!.Id!, request!, actor, clock.GetCurrentInstant()), context.RequestAborted);
        if (created.Rejection is { } rejection)
        {
            errors["form"] = [rejection.Describe(SecurityPage.IsEnglish(context) ? System.Globalization.CultureInfo.GetCultureInfo("en") : System.Globalization.CultureInfo.GetCultureInfo("zh-CN"))];
            return Form(context, antiforgery, values, errors, StatusCodes.Status422UnprocessableEntity);
        }

        if (created.Conflict is not null)
        {
            errors["form"] = [SecurityPage.Text(context, "工单号冲突，请再提交一次。", "The ticket number was taken; submit again.")];
            return Form(context, antiforgery, values, errors, StatusCodes.Status409Conflict);
        }

        return Results.Redirect("/tickets/" + Uri.EscapeDataString(created.Aggregate!.Id));
    }

    private static readonly string[] Fields = ["channel", "category", "residentName", "residentPhone", "residentId", "owner", "unit", "commonArea", "description", "items"];

    private static CreateRepairBody? ToBody(Dictionary<string, string> values, ZonedDateTime now, Dictionary<string, string[]> errors)
    {
        RepairChannel? channel = Enum.TryParse<RepairChannel>(values["channel"], ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : null;
        RepairCategory? category = Enum.TryParse<RepairCategory>(values["category"], ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;
        if (channel is null)
        {
            errors["channel"] = ["Choose how the repair was reported."];
        }

        if (category is null)
        {
            errors["category"] = ["Choose a category."];
        }

        if (values.Values.Any(v => v.Length > 2_000))
        {
            errors["form"] = ["A field is longer than 2,000 characters."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        // A ticket number a person can read out on the phone: date, time and four random hex digits.
        var id = $"RT-{LocalDateTimePattern.CreateWithInvariantCulture("yyyyMMdd-HHmm").Format(now.LocalDateTime)}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(2))}";
        var resident = new ResidentBody(values["residentName"], values["residentPhone"], values["owner"] is "on" or "true", values["residentId"].Length == 0 ? null : values["residentId"]);
        string? Blank(string v) => v.Length == 0 ? null : v;
        return new CreateRepairBody(id, channel, resident, Blank(values["unit"]), Blank(values["commonArea"]), category, values["description"],
            values["items"].Split([',', ' ', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), null);
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, Dictionary<string, string> values, Dictionary<string, string[]> errors, int status)
    {
        string T(string zh, string en) => SecurityPage.Text(context, zh, en);
        string V(string name) => SecurityPage.Encode(values.GetValueOrDefault(name));
        string E(string name) => errors.TryGetValue(name, out var m)
            ? $"<span class=\"field-error\" data-field=\"{name}\">{SecurityPage.Encode(string.Join(" ", m))}</span>"
            : string.Empty;
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = new StringBuilder();
        if (errors.Count > 0)
        {
            html.Append("<p class=\"error\" id=\"report-errors\" role=\"alert\">").Append(T("请更正标出的内容。", "Please correct the marked fields.")).Append(' ').Append(E("form")).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"").Append(Path).Append("\" id=\"report-form\" class=\"stacked\">")
            .Append(SecurityPage.AntiforgeryField(tokens.RequestToken))
            .Append(Select(T("报修方式", "Reported by"), "channel", values, [("Call", T("电话", "Phone call")), ("Visit", T("来访", "Visit")), ("App", T("APP", "App"))])).Append(E("channel"))
            .Append(Select(T("类别", "Category"), "category", values, [("Unit", T("户内", "In the unit")), ("Water", T("水", "Water")), ("Power", T("电", "Power")),
                ("Gas", T("燃气", "Gas")), ("CommonArea", T("公共区域", "Common area")), ("SpecialRequest", T("特约服务", "Special request"))])).Append(E("category"))
            .Append("<label>").Append(T("住户姓名", "Resident's name")).Append(" <input name=\"residentName\" id=\"residentName\" value=\"").Append(V("residentName")).Append("\"></label>").Append(E("resident.name"))
            .Append("<label>").Append(T("联系电话", "Phone")).Append(" <input name=\"residentPhone\" id=\"residentPhone\" value=\"").Append(V("residentPhone")).Append("\"></label>").Append(E("resident.phone"))
            .Append("<label>").Append(T("住户编号（可不填）", "Resident id (optional)")).Append(" <input name=\"residentId\" id=\"residentId\" value=\"").Append(V("residentId")).Append("\"></label>")
            .Append("<label><input type=\"checkbox\" name=\"owner\" id=\"owner\"").Append(values.GetValueOrDefault("owner") is "on" ? " checked" : string.Empty).Append("> ").Append(T("业主本人", "The owner")).Append("</label>")
            .Append("<label>").Append(T("房号（楼-单元-房）", "Unit (building-entrance-room)")).Append(" <input name=\"unit\" id=\"unit\" placeholder=\"3-2-1201\" value=\"").Append(V("unit")).Append("\"></label>").Append(E("unit"))
            .Append("<label>").Append(T("或公共区域", "Or common area")).Append(" <input name=\"commonArea\" id=\"commonArea\" value=\"").Append(V("commonArea")).Append("\"></label>")
            .Append("<label>").Append(T("报修内容", "What is wrong")).Append(" <textarea name=\"description\" id=\"description\" maxlength=\"2000\">").Append(V("description")).Append("</textarea></label>").Append(E("description"))
            .Append("<label>").Append(T("收费项目编号（逗号分隔，可不填）", "Fee schedule items (comma-separated, optional)")).Append(" <input name=\"items\" id=\"items\" placeholder=\"W-01\" value=\"").Append(V("items")).Append("\"></label>")
            .Append("<button type=\"submit\" id=\"report-submit\">").Append(T("登记报修", "Report the repair")).Append("</button></form>");
        return SecurityPage.Html(context, T("登记报修", "Report a repair"), html.ToString(), status);
    }

    private static string Select(string label, string name, Dictionary<string, string> values, (string Value, string Text)[] options)
    {
        var html = new StringBuilder("<label>").Append(label).Append(" <select name=\"").Append(name).Append("\" id=\"").Append(name).Append("\">");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(value).Append('"').Append(values.GetValueOrDefault(name) == value ? " selected" : string.Empty).Append('>')
                .Append(SecurityPage.Encode(text)).Append("</option>");
        }

        return html.Append("</select></label>").ToString();
    }

    private static IResult SignIn(HttpContext context) =>
        Results.Redirect("/sign-in?returnUrl=" + Uri.EscapeDataString(Path));
}
