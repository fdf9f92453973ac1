using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyService.DependencyInjection;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.HelpRequests;
using PropertyService.Samples.Web.Repairs;
using PropertyService.Storage.Sqlite;

var builder = WebApplication.CreateBuilder(args);

// The store: one SQLite file; the store creates its schema on first start.
var databasePath = StoragePath.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
var feeSchedule = FeeScheduleJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "fee-schedule.json"));
builder.Services.AddPropertyService()               // the system clock is the default IClock
    .UseSqliteStore(databasePath)
    .UseEscalationNotifier<LoggingEscalationNotifier>()   // escalations go to the log until the dashboard shows them
    .UseFeeSchedule(new FeeScheduleHistory(feeSchedule));

builder.Services.AddOptions<ServiceCenterHostOptions>()
    .Bind(builder.Configuration.GetSection(ServiceCenterHostOptions.SectionName))
    .Validate(o => o.Validate().Count == 0, "ServiceCenter options are invalid.")
    .ValidateOnStart();
builder.Services.AddSingleton<ServedSites>();
builder.Services.AddHostedService<ServiceCenterPoller>();

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadInputExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapRepairEndpoints();
app.MapHelpRequestEndpoints();
app.Run();

/// <summary>The web host's entry point; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
