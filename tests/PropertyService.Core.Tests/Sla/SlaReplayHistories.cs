using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using static PropertyService.Pipeline.ServiceCenterRestoreTests;

namespace PropertyService.Sla;

/// <summary>
/// Recorded histories for the SLA replay: ticket days at two sites (the restore tests' days, whose steps come at random
/// delays, so targets are met, met late or left open), a ticket and a help request from the model-based tests (every
/// path of their workflows), all interleaved at random with each aggregate's events kept in order; and SLA
/// configurations to compare.
/// </summary>
internal static class SlaReplayHistories
{
    internal static readonly SiteId OtherSite = new("GZ-02");

    private static readonly Actor OtherOfficer = new("O9", "外站客服", OtherSite, Role.Officer);
    private static readonly Actor OtherSupervisor = new("ES9", "外站工程主管", OtherSite, Role.EngineeringSupervisor);
    private static readonly Actor OtherTechnician = new("T9", "外站师傅", OtherSite, Role.Technician);

    /// <summary>Histories: each aggregate's events in version order, the aggregates interleaved at random.</summary>
    internal static readonly Gen<DomainEvent[]> Histories =
        from first in Days
        from second in Days
        from model in Gen.Frequency((1, Gen.Constant<int[]?>(null)), (2, RepairTicketModelTests.Steps.Select(s => (int[]?)s)))
        from help in Gen.Frequency((1, Gen.Constant<HelpRequestModelTests.Scenario?>(null)), (2, HelpRequestModelTests.Scenarios.Select(s => (HelpRequestModelTests.Scenario?)s)))
        let streams = Streams(first, second, model, help)
        from picks in Gen.Choose(0, int.MaxValue).ArrayOf(streams.Sum(s => s.Count))
        select Interleave(streams, picks);

    /// <summary>The calendar the configurations name (before them: static fields start in order): weekdays 08:30–12:00 and 13:30–17:30 in Shanghai.</summary>
    internal static readonly BusinessCalendar Office = new BusinessCalendarBuilder()
        .InTimeZone("Asia/Shanghai")
        .AddWindows([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            new WorkingWindow(new LocalTime(8, 30), new LocalTime(12, 0)), new WorkingWindow(new LocalTime(13, 30), new LocalTime(17, 30)))
        .Build();

    /// <summary>The default policy, and the same with one target changed, a target removed or added, a policy for emergencies first.</summary>
    internal static readonly Gen<SlaTracker> Trackers = Gen.Elements(
        Tracker(SlaDefaults.Policy),
        Tracker(SlaDefaults.Policy.WithTarget(Minutes(SlaDefaults.ArrivalTarget, 5))),
        Tracker(SlaDefaults.Policy.WithTarget(Minutes(SlaDefaults.WorkOrderTarget, 1)).WithTarget(Minutes(SlaDefaults.NotifyEngineeringTarget, 4))),
        Tracker(SlaDefaults.Policy.WithTarget(Minutes(SlaDefaults.AnswerAfterEscalationTarget, 3)).WithTarget(SlaDefaults.WrittenReplyByBusinessDays("office", 1))),
        Tracker(SlaDefaults.Policy.WithTarget(SlaDefaults.Policy.Target(SlaDefaults.ArrivalTarget) with { Deadline = SlaDeadline.After(Duration.FromMinutes(8), "office") })),
        Tracker(Lean()),
        Tracker(Emergencies(), SlaDefaults.Policy));

    /// <summary>An instant from the start of the histories to four hours after it, most often in the first hour, while tickets are worked.</summary>
    internal static readonly Gen<Instant> AsOf =
        Gen.Frequency((3, Gen.Choose(0, 3600)), (1, Gen.Choose(0, 4 * 3600))).Select(s => RepairFixture.Start + Duration.FromSeconds(s));

    /// <summary>A tracker over <paramref name="policies"/>, knowing the office calendar.</summary>
    internal static SlaTracker Tracker(params SlaPolicy[] policies) =>
        new(policies, new Dictionary<string, BusinessCalendar> { ["office"] = Office });

    /// <summary>A default target with its deadline set to some minutes.</summary>
    internal static SlaTarget Minutes(string target, int minutes) =>
        SlaDefaults.Policy.Target(target) with { Deadline = SlaDeadline.After(Duration.FromMinutes(minutes)) };

    /// <summary>Runs a ticket day's steps against tickets at <paramref name="site"/> (RT-1 to RT-3, so both sites have the same
    /// identifiers): RT-2 needs an assessment (RP-14), RT-3 has an appointment (RP-13). A step the ticket refuses is skipped.</summary>
    internal static List<List<DomainEvent>> Run(Day day, SiteId site)
    {
        var officer = site == RepairFixture.Site ? RepairFixture.Officer : OtherOfficer;
        var supervisor = site == RepairFixture.Site ? RepairFixture.EngineeringSupervisor : OtherSupervisor;
        var technician = site == RepairFixture.Site ? RepairFixture.Technician : OtherTechnician;
        var numbers = new InMemoryWorkOrderNumberSource();
        var tickets = new Dictionary<int, (RepairTicket Ticket, List<DomainEvent> Events)>();
        foreach (var step in day.Steps.Where(s => s.Command is not null))
        {
            var at = RepairFixture.Start + Duration.FromSeconds(step.Second);
            if (step.Command == Command.Report)
            {
                var request = step.Ticket switch
                {
                    2 => RepairFixture.Request("X-99"),
                    3 => RepairFixture.Request("S-01") with { Appointment = RepairFixture.Start + Duration.FromMinutes(30) },
                    _ => RepairFixture.Request("S-01"),
                };
                var (ticket, events) = RepairTicket.Report($"RT-{step.Ticket}", request, officer, at).Value;
                tickets[step.Ticket] = (ticket, [.. events]);
                continue;
            }

            var (t, history) = tickets[step.Ticket];
            var result = step.Command switch
            {
                Command.IssueWorkOrder => t.IssueWorkOrder(officer, numbers, at),
                Command.NotifyEngineering => t.NotifyEngineering(officer, at),
                Command.Collect => t.Collect(supervisor, t.CreateQuoteRequest(RepairFixture.Zone), FakeFeeEvaluator.Instance, at),
                Command.Assign => t.State == RepairState.AwaitingAssessment ? t.Assess(supervisor, RepairFixture.Lines(), FakeFeeEvaluator.Instance, at) : t.Assign(supervisor, technician, at),
                _ => t.Arrive(technician, at),
            };
            if (result.IsSuccess)
            {
                history.AddRange(result.Value);
            }
        }

        return [.. tickets.OrderBy(t => t.Key).Select(t => t.Value.Events)];
    }

    private static Gen<Day> Days => ServiceCenterRestoreTests.Days;

    private static List<List<DomainEvent>> Streams(Day first, Day second, int[]? model, HelpRequestModelTests.Scenario? help)
    {
        var streams = Run(first, RepairFixture.Site).Concat(Run(second, OtherSite)).ToList();
        if (model is not null)
        {
            streams.Add([.. RepairTicketModelTests.Run(model).Events]);
        }

        if (help is not null)
        {
            streams.Add([.. HelpRequestModelTests.Run(help)]);
        }

        return streams;
    }

    /// <summary>Merges the streams in the order <paramref name="picks"/> chooses, keeping each stream's order.</summary>
    private static DomainEvent[] Interleave(List<List<DomainEvent>> streams, int[] picks)
    {
        var next = new int[streams.Count];
        var open = Enumerable.Range(0, streams.Count).Where(i => streams[i].Count > 0).ToList();
        var merged = new DomainEvent[picks.Length];
        for (var i = 0; i < merged.Length; i++)
        {
            var slot = picks[i] % open.Count;
            var stream = open[slot];
            merged[i] = streams[stream][next[stream]++];
            if (next[stream] == streams[stream].Count)
            {
                open.RemoveAt(slot);
            }
        }

        return merged;
    }

    /// <summary>The default policy without RP-13, and with a target the default does not have (a sign-off within 30 minutes of completion).</summary>
    private static SlaPolicy Lean() => new(
        "lean",
        SlaDefaults.Policy.Targets.Where(t => t.Name != SlaDefaults.AppointmentArrivalTarget).Append(
            new SlaTarget("RP-16 sign-off", "RP-16", SlaTrigger.On<WorkCompleted>(), SlaTrigger.On<WorkSignedOff>(), SlaDeadline.After(Duration.FromMinutes(30)))));

    /// <summary>A policy for emergencies only: HR-04 within 2 minutes.</summary>
    private static SlaPolicy Emergencies() =>
        new SlaPolicy("emergencies", [Minutes(SlaDefaults.AnswerAfterEscalationTarget, 2)]) { Emergency = true };
}
