using System.Globalization;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Repairs;
using PropertyService.Sla;
using static PropertyService.DependencyInjection.PropertyServiceHost;

namespace PropertyService.DependencyInjection;

public sealed class AddPropertyServiceEndToEndTests
{
    [Fact]
    public async Task A_report_nobody_acts_on_warns_the_supervisor_then_the_breach_reaches_the_manager_each_once_RP09()
    {
        using var host = new PropertyServiceHost();
        await host.ReportAsync();

        // RP-09: 3 minutes for the work order; the warning is due at 75 %, 10:02:15.
        Assert.Empty((await host.AdvanceAsync(Duration.FromMinutes(2))).Notices);
        var warning = await host.AdvanceAsync(Duration.FromSeconds(16));
        var notice = Assert.Single(warning.Notices);
        Assert.Equal((Role.ServiceSupervisor, 1, "RP-09", false), (notice.Role, notice.Level.Value, notice.RuleId, notice.Climbed));
        Assert.Equal(Start + Duration.FromSeconds(135), notice.DueAt);
        Assert.IsType<SlaWarningRaised>(Assert.Single(warning.Alerts));

        // The breach at 10:03 goes one level up: the service-center manager.
        var breach = await host.AdvanceAsync(Duration.FromSeconds(45));
        var breachNotice = Assert.Single(breach.Notices);
        Assert.Equal((Role.ServiceManager, 2, Start + Duration.FromMinutes(3)), (breachNotice.Role, breachNotice.Level.Value, breachNotice.DueAt));
        Assert.IsType<SlaBreached>(Assert.Single(breach.Alerts));

        // Polling again raises nothing twice.
        Assert.Empty((await host.AdvanceAsync(Duration.FromSeconds(30))).Notices);
        Assert.Equal(2, host.Notifier.Notices.Count(n => n.Cause == "sla/RT-1/RP-09 work order"));
    }

    [Fact]
    public async Task An_unacknowledged_escalation_climbs_and_acknowledging_stops_the_climb()
    {
        using var host = new PropertyServiceHost();
        await host.ReportAsync();
        await host.AdvanceAsync(Duration.FromMinutes(4)); // warning (L1) and breach (L2, notified 10:03)

        // Not acknowledged within 10 minutes: at 10:13 it climbs to the site manager.
        var climbed = await host.AdvanceAsync(Duration.FromMinutes(10));
        var notice = Assert.Single(climbed.Notices);
        Assert.Equal((Role.SiteManager, 3, true, Start + Duration.FromMinutes(13)), (notice.Role, notice.Level.Value, notice.Climbed, notice.DueAt));

        var ack = await host.Center.AcknowledgeAsync(Site, notice.Cause, SiteManager, host.Now);
        Assert.True(ack.IsSuccess, ack.ToString());
        Assert.Empty((await host.AdvanceAsync(Duration.FromHours(2))).Notices);
        Assert.Equal(SiteManager, host.Center.Escalations.Find(Site, notice.Cause)!.Acknowledgement!.By);
    }

    [Fact]
    public async Task Acknowledging_the_warning_keeps_it_from_climbing_but_the_breach_still_goes_up()
    {
        using var host = new PropertyServiceHost();
        await host.ReportAsync();
        var warning = Assert.Single((await host.AdvanceAsync(Duration.FromSeconds(140))).Notices);
        Assert.True((await host.Center.AcknowledgeAsync(Site, warning.Cause, ServiceSupervisor, host.Now)).IsSuccess);

        var breach = Assert.Single((await host.AdvanceAsync(Duration.FromMinutes(1))).Notices);
        Assert.Equal(2, breach.Level.Value);
        Assert.True(host.Center.Escalations.Find(Site, warning.Cause)!.IsWaiting);
    }

    [Fact]
    public async Task Acting_in_time_raises_nothing()
    {
        using var host = new PropertyServiceHost();
        var ticket = await host.ReportAsync();
        host.Clock.Advance(Duration.FromMinutes(1));
        await host.Center.ExecuteAsync(() => ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), host.Now));
        host.Clock.Advance(Duration.FromMinutes(1));
        await host.Center.ExecuteAsync(() => ticket.NotifyEngineering(Officer, host.Now));

        Assert.Empty((await host.AdvanceAsync(Duration.FromHours(3))).Notices);
        Assert.Empty(host.Notifier.Notices);
        Assert.All(host.Center.Timers(Site, ticket.Id, host.Now), t => Assert.NotEqual(SlaTimerState.Breached, t.State));
    }

    [Fact]
    public async Task Notices_read_in_Chinese_or_English_by_the_UI_culture()
    {
        using var host = new PropertyServiceHost();
        await host.ReportAsync();
        var notice = Assert.Single((await host.AdvanceAsync(Duration.FromSeconds(140))).Notices);

        Assert.Equal("[RP-09] 紧急，上报客户服务中心主管：RT-1 即将超出时限“RP-09 开具派工单”。", notice.Describe(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("[RP-09] Urgent, to the service-center supervisor: RT-1 is about to miss the timing target \"RP-09 work order\".", notice.Describe(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal(EscalationReasonCodes.SlaWarning, notice.Reason.Code);
    }

    [Fact]
    public async Task A_swapped_policy_changes_when_the_warning_comes()
    {
        var policy = SlaDefaults.Policy.WithTarget(SlaDefaults.Policy.Target(SlaDefaults.WorkOrderTarget) with { Deadline = SlaDeadline.After(Duration.FromMinutes(10)) });
        using var host = new PropertyServiceHost(b => b.UseSlaPolicy(Site, policy));
        await host.ReportAsync();

        Assert.Empty((await host.AdvanceAsync(Duration.FromSeconds(140))).Notices);
        var notice = Assert.Single((await host.AdvanceAsync(Duration.FromMinutes(6))).Notices);
        Assert.Equal(Start + Duration.FromSeconds(450), notice.DueAt);
    }
}
