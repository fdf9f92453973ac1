using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using OpenTelemetry.Metrics;
using PropertyService.DependencyInjection;
using PropertyService.Diagnostics;
using PropertyService.Fees;
using PropertyService.Samples.Web.Dashboard;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.HelpRequests;
using PropertyService.Samples.Web.Repairs;
using PropertyService.Samples.Web.Security;
using PropertyService.Samples.Web.Shifts;
using PropertyService.Storage.PostgreSql;
using PropertyService.Storage.Sqlite;

if (args is ["hash-password", ..])
{
    // Makes a hash for an Accounts:<user>:PasswordHash setting: dotnet run -- hash-password <password>
    Console.WriteLine(PasswordHash.Create(args.Length > 1 ? args[1] : Console.ReadLine() ?? string.Empty));
    return;
}

var builder = WebApplication.CreateBuilder(args);

// The store: a SQLite file in the data folder by default (its schema is created on first start), or PostgreSQL.
var storage = builder.Configuration.GetSection(StorageSettings.SectionName).Get<StorageSettings>() ?? new StorageSettings();
var databasePath = StoragePath.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
var feeSchedule = FeeScheduleJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "fee-schedule.json"));
var propertyService = builder.Services.AddPropertyService()               // the system clock is the default IClock
    .UseEscalationNotifier<EscalationInbox>()             // escalations go to the dashboard's inbox (and the log)
    .UseFeeSchedule(new FeeScheduleHistory(feeSchedule));
if (storage.UsesPostgreSql())
{
    propertyService.UsePostgreSqlStore(storage.PostgreSqlConnectionString!, o =>
    {
        if (!string.IsNullOrWhiteSpace(storage.PostgreSqlSchema))
        {
            o.Schema = storage.PostgreSqlSchema;
        }
    });
}
else
{
    propertyService.UseSqliteStore(databasePath);
}

builder.Services.AddOptions<ServiceCenterHostOptions>()
    .Bind(builder.Configuration.GetSection(ServiceCenterHostOptions.SectionName))
    .Validate(o => o.Validate().Count == 0, "ServiceCenter options are invalid.")
    .ValidateOnStart();
builder.Services.AddSingleton<ServedSites>();
builder.Services.AddShifts(builder.Configuration);
builder.Services.AddHostedService<ServiceCenterPoller>();

// Staff sign-in: accounts from configuration, a cookie that says who and at which site, keys kept with the data so
// that a restart does not sign everybody out or break the resident links already sent.
builder.Services.Configure<Dictionary<string, StaffAccount>>(builder.Configuration.GetSection(StaffDirectory.SectionName));
builder.Services.AddSingleton<StaffDirectory>();
var security = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
builder.Services.AddDataProtection().SetApplicationName("PropertyService.Samples.Web")
    .PersistKeysToFileSystem(new DirectoryInfo(string.IsNullOrWhiteSpace(storage.KeysPath)
        ? Path.Combine(Path.GetDirectoryName(databasePath)!, "keys")
        : Path.GetFullPath(storage.KeysPath, builder.Environment.ContentRootPath)));
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
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
builder.Services.AddAuthorization();
builder.Services.AddAntiforgery(o =>
{
    o.HeaderName = "RequestVerificationToken";
    o.Cookie.Name = "ps-antiforgery";
    o.Cookie.SameSite = SameSiteMode.Strict;
});
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    o.OnRejected = async (context, token) =>
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts.",
            detail: $"Wait a minute and try again; at most {security.SignInPermitLimit} attempts are allowed per {security.SignInWindow}.").ExecuteAsync(context.HttpContext);
    o.AddPolicy(SessionEndpoints.SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "local",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = security.SignInPermitLimit, Window = security.SignInWindow, QueueLimit = 0 }));
});
builder.Services.Configure<ResidentLinkOptions>(builder.Configuration.GetSection(ResidentLinkOptions.SectionName));
builder.Services.AddSingleton<ResidentLinks>();

// Metrics: the library's meter and ASP.NET Core's, scraped at /metrics and, when OTEL_EXPORTER_OTLP_ENDPOINT is set,
// pushed to an OpenTelemetry collector.
var metrics = builder.Services.AddOpenTelemetry().WithMetrics(m =>
{
    m.AddMeter(PropertyServiceDiagnostics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
        .AddPrometheusExporter();
    if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
    {
        m.AddOtlpExporter();
    }
});

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadInputExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new KebabEnumConverterFactory());
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});
builder.Services.AddOpenApi();

var app = builder.Build();
_ = app.Services.GetRequiredService<StaffDirectory>();  // bad accounts stop the host at start, not at the first sign-in
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseStaticFiles();                               // the dashboard's script and stylesheet (wwwroot)
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapPrometheusScrapingEndpoint();
app.MapSessionEndpoints();
app.MapRepairEndpoints();
app.MapResidentLinkEndpoints();
app.MapReportRepairPage();
app.MapDashboard();
app.MapHelpRequestEndpoints();
app.MapRosterEndpoints();
app.MapHandoverEndpoints();
app.MapDutyLogEndpoints();
app.Run();

// API callers get a 401/403 problem; browsers are sent to the sign-in page.
static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
{
    if (context.Request.Path.StartsWithSegments("/api"))
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>The web host's entry point; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
