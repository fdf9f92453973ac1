using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PropertyService.Samples.Web.Http;

namespace PropertyService.Samples.Web.Security;

/// <summary>
/// Staff sign-in and sign-out: <c>POST /api/session</c> (JSON) for API clients, <c>/sign-in</c> (a form with an
/// anti-forgery token) for browsers. Both are rate limited by <see cref="SignInPolicy"/>.
/// </summary>
public static class SessionEndpoints
{
    /// <summary>The rate-limiting policy of sign-in attempts.</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/session", SignInJsonAsync).WithTags("Session").WithName("SignIn").Accepts<SignInBody>("application/json")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests).RequireRateLimiting(SignInPolicy);
        app.MapDelete("/api/session", (Delegate)SignOutJsonAsync).WithTags("Session").WithName("SignOut").Produces(StatusCodes.Status204NoContent);
        app.MapGet("/sign-in", SignInPage).ExcludeFromDescription();
        app.MapPost("/sign-in", SignInFormAsync).ExcludeFromDescription().RequireRateLimiting(SignInPolicy).DisableAntiforgery();
        app.MapPost("/sign-out", SignOutFormAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> SignInJsonAsync(HttpContext context, StaffDirectory staff)
    {
        var (body, problem) = await JsonBody.ReadAsync<SignInBody>(context);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.UserName) || string.IsNullOrEmpty(body.Password))
        {
            return Problems.Invalid(string.IsNullOrWhiteSpace(body.UserName) ? "userName" : "password", "'userName' and 'password' are required.");
        }

        var principal = staff.SignIn(body.UserName, body.Password);
        if (principal is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong user name or password.");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Results.NoContent();
    }

    private static async Task<IResult> SignOutJsonAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }

    private static IResult SignInPage(HttpContext context, IAntiforgery antiforgery)
    {
        return Form(context, antiforgery, LocalReturnUrl(context.Request.Query["returnUrl"]), failed: false);
    }

    private static async Task<IResult> SignInFormAsync(HttpContext context, IAntiforgery antiforgery, StaffDirectory staff)
    {
        if (!context.Request.HasFormContentType)
        {
            return Problems.Invalid("body", "The sign-in form posts application/x-www-form-urlencoded.");
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return ForgedForm(context);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = LocalReturnUrl(form["returnUrl"]);
        var principal = staff.SignIn(form["userName"], form["password"]);
        if (principal is null)
        {
            return Form(context, antiforgery, returnUrl, failed: true);
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> SignOutFormAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return ForgedForm(context);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/sign-in");
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string returnUrl, bool failed)
    {
        string T(string zh, string en) => SecurityPage.Text(context, zh, en);
        var tokens = antiforgery.GetAndStoreTokens(context);
        var body = new StringBuilder();
        if (failed)
        {
            body.Append("<p class=\"error\" id=\"sign-in-error\" role=\"alert\">").Append(T("用户名或密码不正确。", "Wrong user name or password.")).Append("</p>");
        }

        body.Append("<form method=\"post\" action=\"/sign-in\" id=\"sign-in-form\">")
            .Append(SecurityPage.AntiforgeryField(tokens.RequestToken))
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(SecurityPage.Encode(returnUrl)).Append("\">")
            .Append("<label>").Append(T("用户名", "User name")).Append(" <input name=\"userName\" id=\"userName\" autocomplete=\"username\" required></label>")
            .Append("<label>").Append(T("密码", "Password")).Append(" <input name=\"password\" id=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
            .Append("<button type=\"submit\" id=\"sign-in\">").Append(T("登录", "Sign in")).Append("</button></form>")
            .Append("<p><a id=\"lang-switch\" href=\"/sign-in?lang=").Append(SecurityPage.IsEnglish(context) ? "zh" : "en").Append("&amp;returnUrl=")
            .Append(SecurityPage.Encode(Uri.EscapeDataString(returnUrl))).Append("\">").Append(T("English", "中文")).Append("</a></p>");
        return SecurityPage.Html(context, T("客服中心登录", "Service center sign-in"), body.ToString(),
            failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }

    private static IResult ForgedForm(HttpContext context) =>
        SecurityPage.Html(context, SecurityPage.Text(context, "表单已失效", "The form has expired"),
            "<p>" + SecurityPage.Text(context, "请重新打开页面再提交。", "Open the page again and resubmit.") + "</p>", StatusCodes.Status400BadRequest);

    // Only a path on this host: an open redirect would let a link send a signed-in officer anywhere.
    private static string LocalReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && url.Length <= 2_000 ? url : "/";
}
