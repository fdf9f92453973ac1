using System.Globalization;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>The sample's own words, in Chinese and English (the library localizes its own: rejections, notices, targets).</summary>
public static class Texts
{
    private static readonly Dictionary<string, (string Zh, string En)> Words = new(StringComparer.Ordinal)
    {
        ["repair.report"] = ("登记报修", "logs a repair"),
        ["repair.issue-work-order"] = ("开具维修派工单（一式三联）", "issues the work order in triplicate"),
        ["repair.notify-engineering"] = ("通知工程部", "notifies engineering"),
        ["repair.collect"] = ("工程部签收派工单", "engineering collects the work order"),
        ["repair.assess"] = ("现场评估并报价", "assesses and quotes"),
        ["repair.accept-quote"] = ("业主同意报价", "the resident accepts the quote"),
        ["repair.decline-quote"] = ("业主不同意报价", "the resident declines the quote"),
        ["repair.assign"] = ("派工给", "assigns"),
        ["repair.arrive"] = ("到达现场", "arrives on site"),
        ["repair.check-materials"] = ("查验业主自备材料", "checks the resident's materials"),
        ["repair.complete"] = ("完成维修", "completes the work"),
        ["repair.sign-off"] = ("验收签字", "signs the work order off"),
        ["repair.reject-work"] = ("不满意，要求返工", "rejects the work"),
        ["repair.follow-up"] = ("回访", "follows up"),
        ["repair.fix-at-night"] = ("夜间当场修复", "fixes it at night"),
        ["repair.defer-to-morning"] = ("夜间无法处理，留待早班交接", "defers it to the morning handover"),
        ["repair.take-over"] = ("早班接手夜间报修", "takes the night's repair over"),
        ["repair.cancel"] = ("撤销报修", "cancels the repair"),
        ["help.receive"] = ("受理求助（首问负责）", "takes a help request (first-contact owner)"),
        ["help.record-contact"] = ("记录地址和电话", "records address and phone"),
        ["help.record-wishes"] = ("记录业主要求", "records what the resident wants"),
        ["help.answer"] = ("答复", "answers"),
        ["help.escalate"] = ("请示", "asks"),
        ["help.instruct"] = ("指示", "instructs"),
        ["help.decline"] = ("婉拒并说明原因", "declines, explaining why"),
        ["help.emergency-action"] = ("急救处置", "acts on the emergency"),
        ["help.report-emergency"] = ("事后报告急救经过", "reports the emergency afterwards"),
        ["help.refer-to-site-manager"] = ("报告管理处经理", "refers it to the site manager"),
        ["help.reply-in-writing"] = ("书面答复", "replies in writing"),
        ["help.follow-up"] = ("回访", "follows up"),
        ["help.close"] = ("结案", "closes the request"),
        ["escalation.acknowledge"] = ("确认接手升级事项", "acknowledges the escalation"),
        ["handover.schedule"] = ("安排交接班", "schedules the handover"),
        ["handover.arrive"] = ("接班人到岗", "arrives for the handover"),
        ["handover.report-absence"] = ("接班人未到，原班人员留守", "reports the incoming person absent and stays"),
        ["handover.hand-over"] = ("移交未完事项", "hands over the outstanding items"),
        ["handover.resolve-night-entry"] = ("处理夜班记录", "resolves a night log entry"),
        ["handover.count-tools"] = ("清点工具", "counts the tools"),
        ["handover.inspect"] = ("检查岗位", "inspects the post"),
        ["handover.tidy"] = ("整理岗位", "tidies the post"),
        ["handover.complete"] = ("交接完成", "completes the handover"),
        ["refused"] = ("被拒绝", "refused"),
        ["h.time"] = ("时间", "Time"),
        ["h.who"] = ("人员/单号", "Who"),
        ["h.what"] = ("事项", "What"),
        ["h.rule"] = ("条款", "Rule"),
        ["h.kind"] = ("类别", "Kind"),
        ["h.state"] = ("状态", "State"),
        ["h.count"] = ("数量", "Count"),
        ["h.target"] = ("时限目标", "SLA target"),
        ["h.total"] = ("计时", "Timers"),
        ["h.met"] = ("按时", "On time"),
        ["h.breached"] = ("超时", "Breached"),
        ["h.open"] = ("进行中", "Open"),
        ["h.rate"] = ("按时率", "On-time rate"),
        ["h.level"] = ("升级级别", "Level"),
        ["h.climbed"] = ("逐级上报", "Climbed"),
        ["h.payer"] = ("付款方", "Payer"),
        ["h.quoted"] = ("报价", "Quoted"),
        ["h.accepted"] = ("已同意", "Accepted"),
        ["h.handover"] = ("交接班", "Handover"),
        ["t.timeline"] = ("时间线", "Timeline"),
        ["t.report"] = ("日报", "Day report"),
        ["t.states"] = ("记录状态", "Records by state"),
        ["t.sla"] = ("各时限目标", "Each SLA target"),
        ["t.escalations"] = ("升级通知", "Escalations by level"),
        ["t.money"] = ("费用（元）", "Money (yuan) by payer"),
        ["t.handovers"] = ("交接班异常", "Handover exceptions"),
        ["t.none"] = ("无", "none"),
        ["t.open"] = ("日终仍在计时", "Timers still running at the day's end"),
        ["h.due"] = ("截止时间", "Due"),
        ["t.summary"] = ("{0} 条事件，{1} 次预警，{2} 次超时，{3} 条升级通知，{4} 项被拒绝", "{0} events, {1} warnings, {2} breaches, {3} escalation notices, {4} refusals"),
        ["warning"] = ("时限预警", "SLA warning"),
        ["breach"] = ("超时", "SLA breach"),
        ["due"] = ("截止", "due"),
    };

    /// <summary>Whether a culture reads Chinese.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>True for zh cultures.</returns>
    public static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";

    /// <summary>A word or phrase of the sample in the culture's language.</summary>
    /// <param name="key">The key (a command's name, or one of the sample's words).</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    public static string Of(string key, CultureInfo culture) =>
        Words.TryGetValue(key, out var words) ? (IsChinese(culture) ? words.Zh : words.En) : key;
}
