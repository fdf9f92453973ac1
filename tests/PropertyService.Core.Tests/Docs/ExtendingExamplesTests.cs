using System.Text.RegularExpressions;
using Acme.PropertyService;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Sla;

namespace PropertyService.Docs;

/// <summary>
/// docs/extending.md: every example in it is a file of Docs/Extending, compiled with these tests, quoted verbatim
/// by the document (between its begin-snippet and end-snippet lines), and run here.
/// </summary>
public sealed partial class ExtendingExamplesTests
{
    private static readonly SiteId Site = new("SZ-01");
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Actor Officer = new("O1", "王客服", Site, Role.Officer);
    private static readonly LocalDate NationalDay = new(2026, 10, 1);

    [Fact]
    public void Every_example_in_the_document_is_a_compiled_file_quoted_verbatim()
    {
        var document = File.ReadAllText(Path.Combine(Repository.Root, "docs", "extending.md")).ReplaceLineEndings("\n");
        var folder = Path.Combine(Repository.Root, "tests", "PropertyService.Core.Tests", "Docs", "Extending");
        var snippets = System.IO.Directory.GetFiles(folder, "*.cs").Select(f => Snippet().Match(File.ReadAllText(f).ReplaceLineEndings("\n"))).ToList();
        Assert.Equal(4, snippets.Count);
        foreach (var snippet in snippets)
        {
            Assert.True(snippet.Success);
            Assert.Contains("```csharp\n" + snippet.Groups["code"].Value + "```", document);
        }

        Assert.Equal(snippets.Count, Regex.Matches(document, "```csharp").Count);
    }

    [Fact]
    public async Task The_vendors_fee_rule_surcharges_work_on_a_holiday_and_runs_where_it_was_inserted()
    {
        using var host = new Host();
        var fees = (FeeEvaluator)host.Center.Fees(Site);
        Assert.Equal("AcmeHolidaySurcharge", fees.Rules[^2].Name);

        var onHoliday = fees.Evaluate(Request(NationalDay.At(new LocalTime(10, 0)))).Quote!;
        var onWorkday = fees.Evaluate(Request(new LocalDate(2026, 10, 12).At(new LocalTime(10, 0)))).Quote!;
        var surcharge = Assert.Single(onHoliday.Adjustments, a => a.RuleName == "AcmeHolidaySurcharge");
        Assert.Equal(Money.Yuan(15m), surcharge.Amount);
        Assert.DoesNotContain(onWorkday.Adjustments, a => a.RuleName == "AcmeHolidaySurcharge");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_vendors_escalation_rule_tells_the_site_manager_of_an_emergency_after_22_00_by_SMS_in_Chinese()
    {
        using var host = new Host();
        host.Clock.Reset(new LocalDateTime(2026, 11, 27, 22, 30).InZoneStrictly(Shanghai).ToInstant());
        await host.Center.CreateAsync(() => HelpRequest.Receive("H-9", Officer, HelpKind.MedicalEmergency, host.Clock.GetCurrentInstant()));

        var (phone, text) = Assert.Single(host.Sms.Sent);
        Assert.Equal("139-SITE-MANAGER", phone);
        Assert.Equal("[HR-08] 特急，上报管理处经理：夜间22点后的急救求助，请管理处经理知悉。", text);
    }

    [Fact]
    public async Task The_vendors_rule_leaves_an_emergency_before_22_00_to_the_built_in_rules()
    {
        using var host = new Host();
        host.Clock.Reset(new LocalDateTime(2026, 11, 27, 21, 59).InZoneStrictly(Shanghai).ToInstant());
        await host.Center.CreateAsync(() => HelpRequest.Receive("H-9", Officer, HelpKind.MedicalEmergency, host.Clock.GetCurrentInstant()));
        Assert.Empty(host.Sms.Sent);
    }

    [Fact]
    public async Task The_vendors_notifier_sends_built_in_escalations_too()
    {
        using var host = new Host();
        var owner = new Resident("陈女士", ContactPhone.Parse("13812345678"), isOwner: true) { Id = "R1" };
        var request = new RepairRequest(RepairChannel.Call, owner, owner.Phone, Location.InUnit(new UnitAddress("3", "2", "1201")), RepairCategory.Unit, "Tap drips") { FeeItemCodes = ["S-01"] };
        await host.Center.CreateAsync(() => RepairTicket.Report("RT-1", request, Officer, host.Clock.GetCurrentInstant()));
        host.Clock.Advance(Duration.FromMinutes(10));
        await host.Center.PollAsync(host.Clock.GetCurrentInstant());

        Assert.Equal(["139-SUPERVISOR", "139-MANAGER", "139-SITE-MANAGER"], host.Sms.Sent.Select(s => s.Phone));
        Assert.Contains("即将超出时限“RP-09 开具派工单”", host.Sms.Sent[0].Text);
    }

    private static QuoteRequest Request(LocalDateTime workStartsAt) =>
        new(Site, RepairCategory.Unit, workStartsAt.Date, [new QuoteRequestItem("S-01")]) { WorkStartsAt = workStartsAt };

    [GeneratedRegex(@"// begin-snippet: [a-z-]+\n(?<code>.*?)// end-snippet\n", RegexOptions.Singleline)]
    private static partial Regex Snippet();

    private sealed class Host : IDisposable
    {
        private readonly ServiceProvider _provider;

        public Host()
        {
            var calendar = BusinessCalendar.CreateBuilder()
                .AddWindows([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], new WorkingWindow(new LocalTime(8, 30), new LocalTime(17, 30)))
                .AddHoliday(NationalDay)
                .Build();
            var schedule = FeeSchedule.CreateBuilder(new LocalDate(2026, 1, 1))
                .Add(new FeeScheduleItem("S-01", "Replace tap washer", [RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(30m)))
                .Build();
            var services = new ServiceCollection()
                .AddSingleton<ISmsGateway>(Sms)
                .AddSingleton<IStaffDirectory>(new StaffDirectory())
                .AddAcmeServiceCenter(Site, calendar, new FeeScheduleHistory(schedule), Clock);
            _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
            Center = _provider.GetRequiredService<ServiceCenter>();
        }

        public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 27, 2, 0));

        public RecordingSms Sms { get; } = new();

        public ServiceCenter Center { get; }

        public void Dispose() => _provider.Dispose();
    }

    private sealed class RecordingSms : ISmsGateway
    {
        public List<(string Phone, string Text)> Sent { get; } = [];

        public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
        {
            Sent.Add((phone, text));
            return Task.CompletedTask;
        }
    }

    private sealed class StaffDirectory : IStaffDirectory
    {
        public IEnumerable<string> PhonesOf(SiteId site, Role role) => role switch
        {
            Role.ServiceSupervisor => ["139-SUPERVISOR"],
            Role.ServiceManager => ["139-MANAGER"],
            Role.SiteManager => ["139-SITE-MANAGER"],
            _ => [],
        };
    }
}
