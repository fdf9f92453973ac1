using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using PropertyService.Shifts;
using PropertyService.Sla;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>
/// The demo: one full day (08:30 to 08:30) at a site, made from a seed, as a scenario the runner plays like any other.
/// The roster's four handovers (a late arrival or a missing tool on some seeds); repairs of every category, in and out of
/// the fee schedule, one with an appointment, two with the resident's own materials (one unqualified), one rework, one
/// fixed at night and one deferred to the morning handover; help requests (a major medical emergency, an oral inquiry
/// answered after asking the supervisor, a written inquiry, a declined request); and staff who are slow enough on some
/// steps for SLA warnings, breaches and escalations. The seed decides the delays and the mishaps, so a seed always
/// gives the same day.
/// </summary>
public sealed class DemoDay
{
    /// <summary>The name of the calendar the demo's written-reply target counts business days on (HR-09).</summary>
    public const string OfficeCalendar = "office";

    private static readonly LocalTimePattern Hm = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private readonly Random _random;
    private readonly LocalDate _date;
    private readonly JsonArray _steps = [];

    private DemoDay(int seed, LocalDate date)
    {
        _random = new Random(seed);
        _date = date;
    }

    /// <summary>Makes the demo day.</summary>
    /// <param name="seed">Decides delays and mishaps.</param>
    /// <param name="date">The day.</param>
    /// <returns>The scenario.</returns>
    public static Scenario Create(int seed, LocalDate date)
    {
        var day = new DemoDay(seed, date);
        var json = day.Build(seed);
        var scenario = ScenarioReader.Parse(json.ToJsonString(), AppContext.BaseDirectory);
        var calendar = BusinessCalendar.CreateBuilder()
            .InTimeZone(scenario.Zone)
            .AddWindows([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
                new WorkingWindow(new LocalTime(8, 30), new LocalTime(12, 0)), new WorkingWindow(new LocalTime(13, 30), new LocalTime(17, 30)))
            .AddChinaHolidays()
            .Build();
        return scenario with
        {
            Policy = SlaDefaults.Policy.WithTarget(SlaDefaults.WrittenReplyByBusinessDays(OfficeCalendar)),
            Calendars = new Dictionary<string, BusinessCalendar> { [OfficeCalendar] = calendar },
        };
    }

    /// <summary>The scenario file of the demo day: what <c>demo --save-scenario</c> writes, and <c>simulate</c> reads back.</summary>
    /// <param name="seed">Decides delays and mishaps.</param>
    /// <param name="date">The day.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(int seed, LocalDate date) =>
        new DemoDay(seed, date).Build(seed).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private JsonObject Build(int seed)
    {
        var lateHandover = _random.Next(6);          // which of the four handovers has a late incoming person (4, 5: none)
        var missingTool = _random.Next(3) == 0;      // a tool not counted at the evening handover
        var slowOrder = _random.Next(1, 6);          // minutes to issue the morning's second work order (RP-09: 3)
        var slowTechnician = _random.Next(8, 26);    // minutes for the power repair's technician to arrive (RP-12: 10)
        var slowAssessment = _random.Next(10, 22);   // minutes to assess the special request (RP-14: 15)

        // The morning: Unit (in the schedule, by the book) and Water with an appointment.
        Repair("09:05", "wang", "RT-01", "li", "Unit", "厨房水龙头滴水 / kitchen tap drips", "kitchen", items: ["W-01"]);
        Do("09:07", "wang", "repair.issue-work-order", ("ticket", "RT-01"));
        Do("09:08", "wang", "repair.notify-engineering", ("ticket", "RT-01"));
        Do("09:10", "sun", "repair.collect", ("ticket", "RT-01"));
        Do("09:11", "sun", "repair.assign", ("ticket", "RT-01"), ("technician", "wu"));
        Do("09:16", "wu", "repair.arrive", ("ticket", "RT-01"));
        Do("09:40", "wu", "repair.complete", ("ticket", "RT-01"), ("notes", "换了垫圈 / washer replaced"));
        Do("09:41", "li", "repair.sign-off", ("ticket", "RT-01"));

        Repair("09:20", "wang", "RT-02", "zhao", "Water", "马桶堵塞 / blocked toilet", "bathroom", items: ["W-05"], appointment: "10:30");
        Do(At("09:20", slowOrder), "wang", "repair.issue-work-order", ("ticket", "RT-02"));
        if (slowOrder >= 3)
        {
            Do(At("09:20", slowOrder), slowOrder == 3 ? "zhang" : "qian", "escalation.acknowledge", ("cause", $"sla/RT-02/{SlaDefaults.WorkOrderTarget}"));
        }

        Do(At("09:21", slowOrder), "wang", "repair.notify-engineering", ("ticket", "RT-02"));
        Do("09:30", "sun", "repair.collect", ("ticket", "RT-02"));
        Do("09:31", "sun", "repair.assign", ("ticket", "RT-02"), ("technician", "zheng"));
        Do("10:05", "zheng", "repair.arrive", ("ticket", "RT-02"));
        Do("10:50", "zheng", "repair.complete", ("ticket", "RT-02"));
        Do("10:55", "zhao", "repair.sign-off", ("ticket", "RT-02"));

        // A help request taken at the desk: an oral inquiry answered after asking the supervisor (HR-04).
        Do("09:50", "wang", "help.receive", ("request", "H-01"), ("kind", "OralInquiry"));
        Do("09:51", "wang", "help.record-contact", ("request", "H-01"), ("resident", "li"));
        Do("09:51", "wang", "help.record-wishes", ("request", "H-01"), ("wishes", "想了解装修押金退还办法 / how the renovation deposit is refunded"));
        Do("09:52", "wang", "help.escalate", ("request", "H-01"), ("to", "zhang"), ("question", "装修押金能否分期退还？ / can the renovation deposit be refunded in parts?"));
        Do("09:55", "zhang", "escalation.acknowledge", ("cause", "HR-04/H-01"));
        Do("09:58", "zhang", "help.instruct", ("request", "H-01"), ("instruction", "可以，按验收进度退还 / yes, as each inspection passes"));
        Do("10:00", "wang", "help.answer", ("request", "H-01"), ("answer", "押金按验收进度分期退还 / refunded in parts as inspections pass"));
        Do("11:20", "wang", "help.follow-up", ("request", "H-01"), ("satisfaction", "Satisfied"));
        Do("11:21", "wang", "help.close", ("request", "H-01"));

        // Power: in the schedule, but the technician is slow (RP-12 warning, breach, escalation on most seeds).
        Repair("10:10", "wang", "RT-03", "sun_r", "Power", "客厅插座冒火花 / sparking socket", "living room", items: ["E-01"]);
        Do("10:11", "wang", "repair.issue-work-order", ("ticket", "RT-03"));
        Do("10:12", "wang", "repair.notify-engineering", ("ticket", "RT-03"));
        Do("10:14", "sun", "repair.collect", ("ticket", "RT-03"));
        Do("10:15", "sun", "repair.assign", ("ticket", "RT-03"), ("technician", "wu"));
        Do(At("10:14", slowTechnician), "wu", "repair.arrive", ("ticket", "RT-03"));
        Do(At("10:15", slowTechnician), slowTechnician > 10 ? "feng" : "sun", "escalation.acknowledge", ("cause", $"sla/RT-03/{SlaDefaults.ArrivalTarget}"));
        Do(At("10:40", slowTechnician), "wu", "repair.complete", ("ticket", "RT-03"));
        Do(At("10:45", slowTechnician), "sun_r", "repair.sign-off", ("ticket", "RT-03"));

        // Gas: a leak check, no parts.
        Repair("11:00", "wang", "RT-04", "zhao", "Gas", "厨房有煤气味 / smell of gas in the kitchen", "kitchen", items: ["G-02"]);
        Do("11:01", "wang", "repair.issue-work-order", ("ticket", "RT-04"));
        Do("11:02", "wang", "repair.notify-engineering", ("ticket", "RT-04"));
        Do("11:04", "sun", "repair.collect", ("ticket", "RT-04"));
        Do("11:05", "sun", "repair.assign", ("ticket", "RT-04"), ("technician", "zheng"));
        Do("11:10", "zheng", "repair.arrive", ("ticket", "RT-04"));
        Do("11:30", "zheng", "repair.complete", ("ticket", "RT-04"), ("notes", "接头拧紧，复测无泄漏 / joint tightened, no leak"));
        Do("11:32", "zhao", "repair.sign-off", ("ticket", "RT-04"));

        Handover("HO-1", "Noon", "wang", "liu", "12:00", lateHandover == 0, missingTool: false, openItems: ["RT-05"]);

        // Common area: a corridor light (the company pays).
        Repair("11:40", "wang", "RT-05", "zhao", "CommonArea", "3栋走廊灯不亮 / corridor light out in building 3", "3栋2层走廊 / building 3, 2nd floor corridor", items: ["C-01"], commonArea: true);
        Do("11:42", "wang", "repair.issue-work-order", ("ticket", "RT-05"));
        Do("11:43", "wang", "repair.notify-engineering", ("ticket", "RT-05"));
        Do("12:10", "sun", "repair.collect", ("ticket", "RT-05"));
        Do("12:12", "sun", "repair.assign", ("ticket", "RT-05"), ("technician", "wu"));
        Do("12:17", "wu", "repair.arrive", ("ticket", "RT-05"));
        Do("12:45", "wu", "repair.complete", ("ticket", "RT-05"));

        // Noon: a major medical emergency (HR-08), escalated at once.
        Do("12:30", "liu", "help.receive", ("request", "H-02"), ("kind", "MedicalEmergency"), ("major", true));
        Do("12:31", "liu", "help.record-contact", ("request", "H-02"), ("resident", "zhao"));
        Do("12:32", "liu", "help.emergency-action", ("request", "H-02"), ("option", "CallEmergencyNumber"), ("done", "拨打120，派保安陪同 / called 120, a guard stays with the patient"));
        Do("12:34", "zhang", "escalation.acknowledge", ("cause", "HR-08/H-02"));
        Do("12:40", "zhang", "help.refer-to-site-manager", ("request", "H-02"), ("instruction", "冯经理：安排人员到医院探望 / visit the patient in hospital"));
        Do("13:05", "liu", "help.follow-up", ("request", "H-02"), ("satisfaction", "Satisfied"), ("remarks", "病人已住院观察 / the patient is under observation"));
        Do("13:06", "liu", "help.close", ("request", "H-02"));

        Handover("HO-2", "Afternoon", "liu", "chen", "13:30", lateHandover == 1, missingTool: false, openItems: []);

        // Special request not in the schedule: assessed (RP-14), quoted, accepted before work.
        Repair("13:40", "chen", "RT-06", "li", "SpecialRequest", "安装书房壁挂书架 / put up a wall shelf in the study", "study");
        Do("13:41", "chen", "repair.issue-work-order", ("ticket", "RT-06"));
        Do("13:42", "chen", "repair.notify-engineering", ("ticket", "RT-06"));
        Do("13:45", "sun", "repair.collect", ("ticket", "RT-06"));
        Do(At("13:45", slowAssessment), "sun", "repair.assess", ("ticket", "RT-06"), ("lines", Lines(("安装书架 / put up the shelf", 80m, 0m), ("膨胀螺栓 / wall anchors", 0m, 12m))));
        Do(At("13:50", slowAssessment), "li", "repair.accept-quote", ("ticket", "RT-06"));
        Do(At("13:51", slowAssessment), "sun", "repair.assign", ("ticket", "RT-06"), ("technician", "zheng"));
        Do(At("13:55", slowAssessment), "zheng", "repair.arrive", ("ticket", "RT-06"));
        Do(At("14:40", slowAssessment), "zheng", "repair.complete", ("ticket", "RT-06"));
        Do(At("14:45", slowAssessment), "li", "repair.sign-off", ("ticket", "RT-06"));

        // The resident's own materials: one qualified, one not (RP-15); and a rework (RP-16).
        Repair("14:00", "chen", "RT-07", "sun_r", "Unit", "更换卫生间水龙头（业主自备）/ replace bathroom tap (own tap)", "bathroom", items: ["W-02"], ownMaterials: true);
        Do("14:01", "chen", "repair.issue-work-order", ("ticket", "RT-07"));
        Do("14:02", "chen", "repair.notify-engineering", ("ticket", "RT-07"));
        Do("14:04", "sun", "repair.collect", ("ticket", "RT-07"));
        Do("14:05", "sun", "repair.assign", ("ticket", "RT-07"), ("technician", "wu"));
        Do("14:09", "wu", "repair.arrive", ("ticket", "RT-07"));
        Do("14:14", "wu", "repair.check-materials", ("ticket", "RT-07"), ("result", "Qualified"));
        Do("14:40", "wu", "repair.complete", ("ticket", "RT-07"));
        Do("14:45", "sun_r", "repair.reject-work", ("ticket", "RT-07"), ("reason", "接口仍渗水 / the joint still seeps"));
        Do("15:05", "wu", "repair.complete", ("ticket", "RT-07"), ("notes", "重新缠生料带 / resealed with PTFE tape"));
        Do("15:10", "sun_r", "repair.sign-off", ("ticket", "RT-07"));

        Repair("15:20", "chen", "RT-08", "zhao", "Unit", "更换角阀（业主自备）/ replace angle valve (own valve)", "kitchen", items: ["W-09"], ownMaterials: true);
        Do("15:21", "chen", "repair.issue-work-order", ("ticket", "RT-08"));
        Do("15:22", "chen", "repair.notify-engineering", ("ticket", "RT-08"));
        Do("15:24", "sun", "repair.collect", ("ticket", "RT-08"));
        Do("15:25", "sun", "repair.assign", ("ticket", "RT-08"), ("technician", "zheng"));
        Do("15:30", "zheng", "repair.arrive", ("ticket", "RT-08"));
        Do("15:35", "zheng", "repair.check-materials", ("ticket", "RT-08"), ("result", "Unqualified"), ("remarks", "阀体有裂纹 / the valve body is cracked"));

        // Follow-up calls on the morning's repairs (RP-03).
        Do("16:20", "chen", "repair.follow-up", ("ticket", "RT-01"), ("satisfaction", "Satisfied"));
        Do("16:25", "chen", "repair.follow-up", ("ticket", "RT-02"), ("satisfaction", "Satisfied"));
        Do("16:30", "chen", "repair.follow-up", ("ticket", "RT-03"), ("satisfaction", "Neutral"), ("remarks", "师傅来得有点晚 / the technician came late"));
        Do("16:35", "chen", "repair.follow-up", ("ticket", "RT-04"), ("satisfaction", "Satisfied"));

        // A written inquiry (HR-09: answered in writing within two business days) and a declined request (HR-05).
        Do("15:40", "chen", "help.receive", ("request", "H-03"), ("kind", "WrittenInquiry"));
        Do("15:41", "chen", "help.record-contact", ("request", "H-03"), ("resident", "sun_r"));
        Do("15:43", "chen", "help.record-wishes", ("request", "H-03"), ("wishes", "来函询问小区停车位租赁规则 / a letter asking how parking spaces are let"));
        Do("16:00", "chen", "help.receive", ("request", "H-04"), ("kind", "GeneralHelp"));
        Do("16:01", "chen", "help.record-contact", ("request", "H-04"), ("resident", "li"));
        Do("16:02", "chen", "help.record-wishes", ("request", "H-04"), ("wishes", "请物业代收并保管一周快递 / keep parcels for a week"));
        Do("16:04", "chen", "help.decline", ("request", "H-04"), ("reason", "前台无存放条件，建议使用快递柜 / no storage at the desk; use the parcel lockers"));

        Handover("HO-3", "Night", "chen", "zhou", "17:30", lateHandover == 2, missingTool, openItems: ["RT-08", "H-03"]);

        // Night: one repair fixed at once, one left for the morning (CS-14, CS-15).
        Repair("21:10", "zhou", "RT-09", "li", "Power", "跳闸 / the breaker tripped", "hall", items: ["E-05"], nightLog: true);
        Do("21:25", "zhou", "repair.fix-at-night", ("ticket", "RT-09"), ("notes", "更换空开 / breaker replaced"));
        Repair("23:40", "zhou", "RT-10", "zhao", "Water", "阳台水管渗水 / balcony pipe seeps", "balcony", items: ["W-11"], nightLog: true);
        Do("23:50", "zhou", "repair.defer-to-morning", ("ticket", "RT-10"), ("note", "已关阀门，明早处理 / valve closed, for the morning"));

        Handover("HO-4", "Morning", "zhou", "wang", "+1 08:30", lateHandover == 3, missingTool: false, openItems: ["RT-10"], nightEntry: "RT-10");
        Do("+1 08:30", "wang", "repair.take-over", ("ticket", "RT-10"));

        return new JsonObject
        {
            ["title"] = $"服务中心的一天 / A day at the service center (seed {seed})",
            ["site"] = "SZ-VK-01",
            ["timeZone"] = DutyRosterDefaults.TimeZoneId,
            ["date"] = LocalDatePattern.Iso.Format(_date),
            ["people"] = new JsonObject
            {
                ["wang"] = Person("E1001", "王小明", "Officer"),
                ["liu"] = Person("E1002", "刘芳", "Officer"),
                ["chen"] = Person("E1003", "陈静", "Officer"),
                ["zhang"] = Person("E3001", "张主管", "ServiceSupervisor"),
                ["qian"] = Person("E3101", "钱经理", "ServiceManager"),
                ["feng"] = Person("E3201", "冯经理", "SiteManager"),
                ["sun"] = Person("E2001", "孙工", "EngineeringSupervisor"),
                ["wu"] = Person("E2101", "吴师傅", "Technician"),
                ["zheng"] = Person("E2102", "郑师傅", "Technician"),
                ["zhou"] = Person("E2103", "周师傅", "Technician"),
            },
            ["residents"] = new JsonObject
            {
                ["li"] = Resident("李女士", "138 1234 5678", "3-2-1201"),
                ["zhao"] = Resident("赵先生", "139 8765 4321", "5-1-0802"),
                ["sun_r"] = Resident("孙阿姨", "137 2468 1357", "2-1-0301"),
            },
            ["roster"] = new JsonObject
            {
                ["Morning"] = new JsonArray("wang"),
                ["Noon"] = new JsonArray("liu"),
                ["Afternoon"] = new JsonArray("chen"),
                ["Night"] = new JsonArray("zhou"),
            },
            ["tools"] = new JsonArray(Tool("T-01", "万用表 / multimeter", 180), Tool("T-02", "管钳 / pipe wrench", 60), Tool("T-03", "梯子 / ladder", 240)),
            ["steps"] = new JsonArray([.. _steps.OrderBy(s => Instant(s!["at"]!.GetValue<string>())).Select(s => s!.DeepClone())]),
        };
    }

    private void Handover(string id, string incomingShift, string outgoing, string incoming, string schedule, bool late, bool missingTool, string[] openItems, string? nightEntry = null)
    {
        var start = Instant(schedule); // the shift's start; the handover is scheduled 20 minutes before it
        string T(int minutes) => Time(start + Duration.FromMinutes(minutes));
        Do(T(-20), outgoing, "handover.schedule", ("handover", id), ("incomingShift", incomingShift));
        Do(T(late ? -3 : -17), incoming, "handover.arrive", ("handover", id));
        var items = new JsonArray([.. openItems.Select(i => (JsonNode)new JsonObject
        {
            ["kind"] = i.StartsWith("H-", StringComparison.Ordinal) ? "HelpRequest" : i == nightEntry ? "NightLogEntry" : "RepairTicket",
            ["reference"] = i,
            ["description"] = i == nightEntry ? "夜间报修未处理 / a night repair left for the morning" : "未完成事项 / outstanding",
            ["note"] = "见记录 / see the record",
        })]);
        Do(T(late ? -2 : -12), outgoing, "handover.hand-over", ("handover", id), ("items", items));
        if (nightEntry is not null)
        {
            Do(T(late ? -2 : -11), incoming, "handover.resolve-night-entry", ("handover", id), ("entry", nightEntry), ("outcome", "WorkOrder"), ("record", nightEntry));
        }

        Do(T(late ? -1 : -10), outgoing, "handover.count-tools", ("handover", id), ("counted", new JsonArray(missingTool ? ["T-01", "T-03"] : ["T-01", "T-02", "T-03"])));
        Do(T(late ? -1 : -8), incoming, "handover.inspect", ("handover", id), ("accepted", true));
        Do(T(late ? 0 : -5), outgoing, "handover.complete", ("handover", id));
    }

    private void Repair(string at, string by, string ticket, string resident, string category, string description, string where,
        string[]? items = null, string? appointment = null, bool ownMaterials = false, bool commonArea = false, bool nightLog = false)
    {
        var args = new List<(string, JsonNode?)> { ("ticket", ticket), ("resident", resident), ("category", category), ("description", description), ("where", where) };
        if (items is not null)
        {
            args.Add(("items", new JsonArray([.. items.Select(i => (JsonNode)i)])));
        }

        if (appointment is not null)
        {
            args.Add(("appointment", appointment));
        }

        if (ownMaterials)
        {
            args.Add(("residentSuppliesMaterials", true));
        }

        if (commonArea)
        {
            args.Add(("commonArea", true));
        }

        if (nightLog)
        {
            args.Add(("nightLog", true));
        }

        Do(at, by, "repair.report", [.. args]);
    }

    private void Do(string at, string by, string command, params (string Name, JsonNode? Value)[] args)
    {
        var step = new JsonObject { ["at"] = at, ["by"] = by, ["do"] = command };
        foreach (var (name, value) in args)
        {
            step[name] = value?.DeepClone();
        }

        _steps.Add(step);
    }

    private static JsonArray Lines(params (string Description, decimal Labour, decimal Material)[] lines) =>
        [.. lines.Select(l => (JsonNode)new JsonObject { ["description"] = l.Description, ["labour"] = l.Labour, ["material"] = l.Material })];

    private string At(string time, int minutesLater) => Time(Instant(time) + Duration.FromMinutes(minutesLater));

    private Instant Instant(string time) => ScenarioReader.TimeOf(time, _date, Zone) ?? throw new InvalidOperationException($"bad time {time}");

    private string Time(Instant instant)
    {
        var local = instant.InZone(Zone);
        return (local.Date > _date ? "+1 " : "") + Hm.Format(local.TimeOfDay);
    }

    private static DateTimeZone Zone => DateTimeZoneProviders.Tzdb[DutyRosterDefaults.TimeZoneId];

    private static JsonObject Person(string id, string name, string role) => new() { ["id"] = id, ["name"] = name, ["roles"] = new JsonArray(role) };

    private static JsonObject Resident(string name, string phone, string unit) => new() { ["name"] = name, ["phone"] = phone, ["owner"] = true, ["unit"] = unit };

    private static JsonObject Tool(string code, string name, decimal price) => new() { ["code"] = code, ["name"] = name, ["price"] = price };
}
