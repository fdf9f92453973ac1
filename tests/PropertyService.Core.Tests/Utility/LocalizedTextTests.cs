using System.Globalization;
using System.Resources;
using NodaTime;

namespace PropertyService.Utility;

/// <summary>How a resource text is rendered: in the reader's language, with the texts filled into it in the same language.</summary>
public class LocalizedTextTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void A_text_filled_into_another_is_rendered_in_the_same_language()
    {
        var text = new LocalizedText("Workflow.RoleNotAllowed", new LocalizedText("Repair.Action.Assign"), LocalizedText.Of(Role.EngineeringSupervisor), "王客服", LocalizedText.Of(Role.Officer));

        Assert.Equal("“安排维修人员”须由工程管理部主管办理；王客服的角色为客服管理员。", text.Render(Chinese));
        Assert.Equal("Assign is for EngineeringSupervisor; 王客服 holds Officer.", text.Render(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("Assign is for EngineeringSupervisor; 王客服 holds Officer.", text.ToString());
    }

    [Fact]
    public void Items_are_joined_the_way_each_language_joins_them()
    {
        var roles = LocalizedText.Join("Text.Or", [LocalizedText.Of(Role.ServiceSupervisor), LocalizedText.Of(Role.ServiceManager), LocalizedText.Of(Role.SiteManager)]);

        Assert.Equal("ServiceSupervisor or ServiceManager or SiteManager", roles.ToString());
        Assert.Equal("客户服务中心主管或客户服务中心经理或管理处经理", roles.Render(Chinese));
        Assert.Equal("W-01, W-03", LocalizedText.Join("Text.List", ["W-01", "W-03"]).ToString());
        Assert.Equal("W-01、W-03", LocalizedText.Join("Text.List", ["W-01", "W-03"]).Render(Chinese));
        Assert.Equal("W-01", LocalizedText.Join("Text.List", ["W-01"]).Render(Chinese));
        Assert.Equal(string.Empty, LocalizedText.Join("Text.List", []).Render(Chinese));
    }

    [Fact]
    public void A_noun_is_read_from_its_resource_with_spaces_as_hyphens()
    {
        Assert.Equal(("duty log", "值班记录"), (LocalizedText.Noun("duty log").ToString(), LocalizedText.Noun("duty log").Render(Chinese)));
        Assert.Equal("Noun.sign-in-sheet", LocalizedText.Noun("sign-in sheet").Key);
    }

    [Fact]
    public void A_rejection_with_a_missing_text_or_a_missing_value_fails_when_it_is_made()
    {
        Assert.Contains("Repair.NoSuchText", Assert.Throws<MissingManifestResourceException>(() => Rejection.Localized("c", null, null, "Repair.NoSuchText")).Message);
        Assert.Throws<MissingManifestResourceException>(() => Rejection.Localized("c", null, null, "Repair.NotATechnician", new LocalizedText("Role.Nobody")));
        Assert.Throws<FormatException>(() => Rejection.Localized("c", null, null, "Repair.NotATechnician", "only one value"));
    }

    [Fact]
    public void The_record_kept_in_time_order_is_said_in_the_reader_s_language()
    {
        var last = Instant.FromUtc(2026, 11, 30, 9, 0);
        var rejection = EventOrder.Check(last - Duration.FromMinutes(1), last, "help.out-of-order", "request")!;

        Assert.Equal("时间2026-11-30T08:59:00Z早于该求助最近一条记录的时间2026-11-30T09:00:00Z；记录须按时间先后登记。", rejection.Describe(Chinese));
        Assert.Equal(("help.out-of-order", null, "At"), (rejection.Code, rejection.RuleId, rejection.Field));
    }

    [Fact]
    public void A_vendor_s_rejection_keeps_its_own_message_in_every_language() =>
        Assert.Equal("The schedule is closed.", new Rejection("fees.custom", "The schedule is closed.").Describe(Chinese));
}
