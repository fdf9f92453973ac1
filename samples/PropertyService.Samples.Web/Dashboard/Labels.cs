using System.Collections.Frozen;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// The dashboard's words in Chinese and English: one small table instead of resource files, so a page's text and its
/// translation sit side by side. A key without an entry shows as itself, which makes a missing label visible.
/// </summary>
public static class Labels
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> Table = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal)
    {
        // Chrome and navigation.
        ["app.title"] = ("物业客服中心", "Property service center"),
        ["nav.overview"] = ("总览", "Overview"),
        ["nav.roster"] = ("值班与交接", "Roster and handovers"),
        ["nav.escalations"] = ("待确认升级", "Escalations"),
        ["nav.report"] = ("登记报修", "Report a repair"),
        ["lang.switch"] = ("English", "中文"),
        ["signed-in-as"] = ("当前用户", "Signed in as"),
        ["site"] = ("项目", "Site"),
        ["none"] = ("暂无", "None"),

        // Overview.
        ["overview.repairs"] = ("未关闭的报修单", "Open repair tickets"),
        ["overview.help"] = ("未关闭的求助", "Open help requests"),
        ["overview.escalations"] = ("等待确认的升级", "Escalations awaiting acknowledgement"),
        ["col.id"] = ("编号", "ID"),
        ["col.category"] = ("类别", "Category"),
        ["col.kind"] = ("类型", "Kind"),
        ["col.state"] = ("状态", "State"),
        ["col.owner"] = ("负责人", "Owner"),
        ["col.sla"] = ("时限", "SLA"),
        ["col.when"] = ("时间", "When"),
        ["col.who"] = ("操作人", "Who"),
        ["col.what"] = ("事项", "What"),
        ["col.rule"] = ("规则", "Rule"),
        ["col.level"] = ("通知对象", "Notified"),
        ["col.urgency"] = ("紧急程度", "Urgency"),
        ["col.reason"] = ("原因", "Reason"),
        ["col.subject"] = ("相关单据", "Concerning"),
        ["col.shift"] = ("班次", "Shift"),
        ["col.people"] = ("人员", "People"),
        ["col.from"] = ("开始", "From"),
        ["col.to"] = ("结束", "To"),
        ["col.outgoing"] = ("交班人", "Outgoing"),
        ["col.incoming"] = ("接班人", "Incoming"),
        ["col.timer"] = ("计时", "Timer"),
        ["col.deadline"] = ("截止", "Deadline"),
        ["col.warning"] = ("预警", "Warning"),
        ["col.remaining"] = ("剩余", "Remaining"),
        ["col.action"] = ("操作", "Action"),
        ["sla.none"] = ("无计时", "No timer"),
        ["timer.Running"] = ("计时中", "Running"),
        ["timer.Paused"] = ("已暂停", "Paused"),
        ["timer.Met"] = ("已达标", "Met"),
        ["timer.Breached"] = ("已超时", "Breached"),
        ["timer.Cancelled"] = ("已取消", "Cancelled"),
        ["sla.overdue"] = ("已超时", "overdue"),

        // Every record page.
        ["record.summary"] = ("概要", "Summary"),
        ["record.history"] = ("处理记录", "History"),
        ["record.timers"] = ("服务时限", "SLA timers"),
        ["record.diagram"] = ("流程图", "Workflow"),
        ["yes"] = ("是", "Yes"),
        ["no"] = ("否", "No"),

        // Ticket page.
        ["ticket.title"] = ("报修单", "Repair ticket"),
        ["ticket.location"] = ("地点", "Location"),
        ["ticket.description"] = ("描述", "Description"),
        ["ticket.work-order"] = ("派工单号", "Work order"),
        ["ticket.technician"] = ("维修师傅", "Technician"),
        ["ticket.resident-links"] = ("住户确认链接", "Resident links"),
        ["ticket.not-found"] = ("找不到该报修单。", "There is no such repair ticket."),
        ["link.accept-quote"] = ("接受报价", "Accept quote"),
        ["link.decline-quote"] = ("拒绝报价", "Decline quote"),
        ["link.sign-off"] = ("验收签字", "Sign off"),
        ["link.reject-work"] = ("验收不通过", "Reject work"),

        // Help request page.
        ["help.title"] = ("求助", "Help request"),
        ["help.not-found"] = ("找不到该求助。", "There is no such help request."),
        ["help.major"] = ("重大紧急情况", "Major emergency"),
        ["help.received"] = ("受理时间", "Received"),
        ["help.received-by"] = ("受理人", "Received by"),
        ["help.address"] = ("住址", "Address"),
        ["help.phone"] = ("联系电话", "Phone"),
        ["help.wishes"] = ("诉求", "Wishes"),

        // Handover page.
        ["handover.title"] = ("交接班", "Shift handover"),
        ["handover.not-found"] = ("找不到该交接记录。", "There is no such shift handover."),
        ["handover.starts-at"] = ("接班时间", "Shift starts"),
        ["handover.arrive-by"] = ("最迟到岗", "Arrive by"),
        ["handover.arrived-at"] = ("到岗时间", "Arrived"),
        ["handover.items"] = ("移交事项", "Items handed over"),
        ["handover.tools"] = ("工具清点", "Tools counted"),
        ["handover.tools-counted"] = ("已清点", "Counted"),
        ["handover.tools-expected"] = ("应有", "Expected"),
        ["handover.lost-tools"] = ("缺失工具", "Lost tools"),
        ["handover.answerable"] = ("责任人", "Answerable"),
        ["handover.on-loan"] = ("外借未还", "On loan"),
        ["handover.compensation"] = ("赔偿金额", "Compensation"),
        ["col.reference"] = ("关联单据", "Reference"),
        ["col.description"] = ("内容", "Description"),
        ["col.note"] = ("书面说明", "Note"),
        ["col.tool"] = ("工具", "Tool"),
        ["item.RepairTicket"] = ("报修单", "Repair ticket"),
        ["item.Complaint"] = ("投诉", "Complaint"),
        ["item.HelpRequest"] = ("求助", "Help request"),
        ["item.Commission"] = ("委托服务", "Commission"),
        ["item.PointOfAttention"] = ("注意事项", "Point of attention"),
        ["item.NightLogEntry"] = ("夜间记录", "Night log entry"),

        // Roster page.
        ["roster.today"] = ("今日值班", "Today's roster"),
        ["roster.none"] = ("今日没有排班数据。", "No roster for today."),
        ["roster.handovers"] = ("交接班", "Shift handovers"),

        // Escalations page.
        ["escalations.title"] = ("等待确认的升级", "Escalations awaiting acknowledgement"),
        ["escalations.acknowledge"] = ("确认接手", "Acknowledge"),
        ["escalations.acknowledged"] = ("已确认", "Acknowledged"),
        ["escalations.not-yours"] = ("须由被通知的岗位或其上级确认", "For the role notified or above"),
        ["escalations.refused"] = ("未能确认", "Could not acknowledge"),

        // Repair categories.
        ["category.Unit"] = ("户内维修", "In-unit"),
        ["category.Water"] = ("供水", "Water"),
        ["category.Power"] = ("供电", "Power"),
        ["category.Gas"] = ("燃气", "Gas"),
        ["category.CommonArea"] = ("公共区域", "Common area"),
        ["category.SpecialRequest"] = ("特约服务", "Special request"),

        // Help kinds.
        ["kind.GeneralHelp"] = ("一般求助", "General help"),
        ["kind.Commission"] = ("委托服务", "Commission"),
        ["kind.MedicalEmergency"] = ("医疗急救", "Medical emergency"),
        ["kind.WrittenInquiry"] = ("书面咨询", "Written inquiry"),
        ["kind.OralInquiry"] = ("口头咨询", "Oral inquiry"),

        // Roles.
        ["role.Officer"] = ("客服专员", "Officer"),
        ["role.ServiceSupervisor"] = ("客服主管", "Service supervisor"),
        ["role.ServiceManager"] = ("客服经理", "Service manager"),
        ["role.SiteManager"] = ("项目经理", "Site manager"),
        ["role.EngineeringSupervisor"] = ("工程主管", "Engineering supervisor"),
        ["role.Technician"] = ("维修师傅", "Technician"),
        ["role.Resident"] = ("住户", "Resident"),

        // Escalation urgency.
        ["urgency.Normal"] = ("一般", "Normal"),
        ["urgency.Urgent"] = ("紧急", "Urgent"),
        ["urgency.Immediate"] = ("立即", "Immediate"),

        // Repair states.
        ["state.repair.Reported"] = ("已报修", "Reported"),
        ["state.repair.LoggedAtNight"] = ("夜间登记", "Logged at night"),
        ["state.repair.DeferredToMorning"] = ("顺延至早班", "Deferred to morning"),
        ["state.repair.WorkOrderIssued"] = ("已开派工单", "Work order issued"),
        ["state.repair.AwaitingCollection"] = ("待工程领单", "Awaiting collection"),
        ["state.repair.AwaitingAssessment"] = ("待评估", "Awaiting assessment"),
        ["state.repair.AwaitingResidentDecision"] = ("待住户确认报价", "Awaiting resident decision"),
        ["state.repair.ReadyToAssign"] = ("待派工", "Ready to assign"),
        ["state.repair.Assigned"] = ("已派工", "Assigned"),
        ["state.repair.OnSite"] = ("现场维修中", "On site"),
        ["state.repair.AwaitingMaterials"] = ("待材料", "Awaiting materials"),
        ["state.repair.WorkCompleted"] = ("维修完成", "Work completed"),
        ["state.repair.Rework"] = ("返工", "Rework"),
        ["state.repair.SignedOff"] = ("已验收", "Signed off"),
        ["state.repair.Closed"] = ("已关闭", "Closed"),
        ["state.repair.ClosedWithoutWork"] = ("未维修关闭", "Closed without work"),
        ["state.repair.Cancelled"] = ("已取消", "Cancelled"),

        // Help request states.
        ["state.help.AwaitingContact"] = ("待登记联系方式", "Awaiting contact"),
        ["state.help.ContactRecorded"] = ("已登记联系方式", "Contact recorded"),
        ["state.help.InProgress"] = ("处理中", "In progress"),
        ["state.help.Escalated"] = ("已请示上级", "Escalated"),
        ["state.help.Instructed"] = ("已获指示", "Instructed"),
        ["state.help.AwaitingWrittenReply"] = ("待书面答复", "Awaiting written reply"),
        ["state.help.EmergencyAttended"] = ("急救已处理", "Emergency attended"),
        ["state.help.Handled"] = ("已处理", "Handled"),
        ["state.help.Declined"] = ("已婉拒", "Declined"),
        ["state.help.FollowedUp"] = ("已回访", "Followed up"),
        ["state.help.Closed"] = ("已关闭", "Closed"),

        // Handover states.
        ["state.handover.AwaitingIncoming"] = ("等待接班人", "Awaiting incoming"),
        ["state.handover.HandingOverItems"] = ("移交事项中", "Handing over items"),
        ["state.handover.CountingTools"] = ("清点工具中", "Counting tools"),
        ["state.handover.AwaitingInspection"] = ("待岗位检查", "Awaiting inspection"),
        ["state.handover.Tidying"] = ("整理岗位中", "Tidying"),
        ["state.handover.PostAccepted"] = ("岗位已接收", "Post accepted"),
        ["state.handover.Completed"] = ("交接完成", "Completed"),

        // Repair history.
        ["event.repair.reported"] = ("报修登记", "Reported"),
        ["event.repair.work-order-issued"] = ("开具派工单", "Work order issued"),
        ["event.repair.engineering-notified"] = ("通知工程部", "Engineering notified"),
        ["event.repair.work-order-collected"] = ("工程部领单", "Work order collected"),
        ["event.repair.assessed"] = ("完成评估", "Assessed"),
        ["event.repair.not-feasible"] = ("评估不可维修", "Not feasible"),
        ["event.repair.quote-accepted"] = ("住户接受报价", "Quote accepted"),
        ["event.repair.quote-declined"] = ("住户拒绝报价", "Quote declined"),
        ["event.repair.technician-assigned"] = ("派工", "Technician assigned"),
        ["event.repair.technician-arrived"] = ("师傅到场", "Technician arrived"),
        ["event.repair.materials-checked"] = ("材料检查", "Materials checked"),
        ["event.repair.extra-work-reported"] = ("发现额外工作", "Extra work reported"),
        ["event.repair.work-completed"] = ("维修完成", "Work completed"),
        ["event.repair.work-signed-off"] = ("住户验收", "Signed off"),
        ["event.repair.work-rejected"] = ("住户验收不通过", "Work rejected"),
        ["event.repair.sign-off-overridden"] = ("代为验收", "Sign-off overridden"),
        ["event.repair.followed-up"] = ("回访", "Followed up"),
        ["event.repair.reopened"] = ("重新打开", "Reopened"),
        ["event.repair.cancelled"] = ("取消", "Cancelled"),
        ["event.repair.fixed-at-night"] = ("夜间修复", "Fixed at night"),
        ["event.repair.deferred-to-morning"] = ("顺延至早班", "Deferred to morning"),
        ["event.repair.taken-over-in-morning"] = ("早班接手", "Taken over in the morning"),

        // Help request history.
        ["event.help.received"] = ("受理求助", "Received"),
        ["event.help.contact-recorded"] = ("登记住址和电话", "Contact recorded"),
        ["event.help.wishes-recorded"] = ("登记诉求", "Wishes recorded"),
        ["event.help.answered"] = ("答复住户", "Answered"),
        ["event.help.escalated"] = ("请示上级", "Escalated"),
        ["event.help.instructed"] = ("上级指示", "Instructed"),
        ["event.help.declined"] = ("婉拒", "Declined"),
        ["event.help.ownership-transferred"] = ("转交负责人", "Ownership transferred"),
        ["event.help.followed-up"] = ("回访", "Followed up"),
        ["event.help.closed"] = ("关闭", "Closed"),
        ["event.help.written-inquiry-registered"] = ("登记书面咨询", "Written inquiry registered"),
        ["event.help.written-reply-sent"] = ("发出书面答复", "Written reply sent"),
        ["event.help.major-emergency-reported"] = ("上报重大紧急情况", "Major emergency reported"),
        ["event.help.emergency-action-recorded"] = ("记录急救处置", "Emergency action recorded"),
        ["event.help.emergency-reported-after-event"] = ("事后上报急救", "Emergency reported after the event"),
        ["event.help.emergency-referred-to-site-manager"] = ("转报项目经理", "Referred to the site manager"),

        // Handover history.
        ["event.shift.handover-scheduled"] = ("安排交接", "Handover scheduled"),
        ["event.shift.incoming-arrived"] = ("接班人到岗", "Incoming arrived"),
        ["event.shift.incoming-absent"] = ("接班人未到岗", "Incoming absent"),
        ["event.shift.items-handed-over"] = ("移交事项", "Items handed over"),
        ["event.shift.night-entry-resolved"] = ("处理夜间记录", "Night entry resolved"),
        ["event.shift.tools-counted"] = ("清点工具", "Tools counted"),
        ["event.shift.post-inspected"] = ("检查岗位", "Post inspected"),
        ["event.shift.post-tidied"] = ("整理岗位", "Post tidied"),
        ["event.shift.handover-completed"] = ("交接完成", "Handover completed"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, or the key itself when the table has none.</summary>
    /// <param name="key">The label's key, such as <c>nav.overview</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text (not encoded).</returns>
    public static string Get(string key, DashboardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Table.TryGetValue(key, out var text) ? (language == DashboardLanguage.English ? text.En : text.Zh) : key;
    }

    /// <summary>The text of <paramref name="key"/>, or <paramref name="fallback"/> when the table has none.</summary>
    /// <param name="key">The label's key.</param>
    /// <param name="fallback">What to show otherwise, such as the raw name.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text (not encoded).</returns>
    public static string GetOr(string key, string fallback, DashboardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Table.TryGetValue(key, out var text) ? (language == DashboardLanguage.English ? text.En : text.Zh) : fallback;
    }

    /// <summary>Whether the table has an entry for <paramref name="key"/>; tests use it to prove every state has a label.</summary>
    /// <param name="key">The label's key.</param>
    /// <returns>Whether it is there.</returns>
    public static bool Has(string key) => Table.ContainsKey(key);
}
