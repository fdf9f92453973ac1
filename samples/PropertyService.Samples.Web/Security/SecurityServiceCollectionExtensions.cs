using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;

namespace PropertyService.Samples.Web.Security;

/// <summary>Registers the host's security: staff accounts and their cookie, anti-forgery, sign-in rate limiting, resident links.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>Adds the services.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration (sections <c>Accounts</c>, <c>Security</c>, <c>ResidentLinks</c>).</param>
    /// <param name="keysFolder">Where the data-protection keys are kept.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddServiceCenterSecurity(this IServiceCollection services, IConfiguration configuration, string keysFolder)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(keysFolder);
        services.Configure<Dictionary<string, StaffAccount>>(configuration.GetSection(StaffDirectory.SectionName));
        services.AddSingleton<StaffDirectory>();
        var security = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddDataProtection().SetApplicationName("PropertyService.Samples.Web").PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "ps-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.ExpireTimeSpan = security.SessionLifetime;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = async context =>
            {
                // An account removed or moved to another site stops working at its next request.
                if (!context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>().StillValid(context.Principal!))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                }
            };
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "ps-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts.",
                    detail: $"Wait a minute and try again; at most {security.SignInPermitLimit} attempts are allowed per {security.SignInWindow}.").ExecuteAsync(context.HttpContext);
            o.AddPolicy(SessionEndpoints.SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = security.SignInPermitLimit, Window = security.SignInWindow, QueueLimit = 0 }));
        });
        services.Configure<ResidentLinkOptions>(configuration.GetSection(ResidentLinkOptions.SectionName));
        services.AddSingleton<ResidentLinks>();

        return services;
    }

    // API callers get a 401/403 problem; browsers are sent to the sign-in page.
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
