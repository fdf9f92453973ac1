using System.Text.Json;
using System.Text.Json.Serialization;
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

// Staff sign-in, resident links, anti-forgery and sign-in rate limiting; the keys behind cookies and links are kept
// with the data so that a restart neither signs everybody out nor breaks the links already sent.
builder.Services.AddServiceCenterSecurity(builder.Configuration, string.IsNullOrWhiteSpace(storage.KeysPath)
    ? Path.Combine(Path.GetDirectoryName(databasePath)!, "keys")
    : Path.GetFullPath(storage.KeysPath, builder.Environment.ContentRootPath));

// Metrics: the library's meter and ASP.NET Core's, scraped at /metrics and, when OTEL_EXPORTER_OTLP_ENDPOINT is set,
// pushed to an OpenTelemetry collector.
builder.Services.AddOpenTelemetry().WithMetrics(m =>
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
builder.Services.AddExceptionHandler<StoredHistoryExceptionHandler>();
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

/// <summary>The web host's entry point; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
