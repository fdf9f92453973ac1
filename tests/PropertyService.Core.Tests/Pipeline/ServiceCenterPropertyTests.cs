using FsCheck.Xunit;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Repairs;
using PropertyService.Sla;
using static PropertyService.DependencyInjection.PropertyServiceHost;

namespace PropertyService.Pipeline;

/// <summary>
/// Random days at a service center (tickets reported, sometimes handled in time, escalations sometimes acknowledged),
/// run twice with differently spaced polls: the notices must be the same, no cause may reach a level twice, and each
/// cause's levels only go up.
/// </summary>
public sealed class ServiceCenterPropertyTests
{
    private static readonly Actor[] Acknowledgers = [ServiceSupervisor, ServiceManager, SiteManager, Technician];

    [Property(MaxTest = 60)]
    public bool Escalations_do_not_depend_on_how_polls_are_spaced_never_repeat_a_level_and_only_go_up(int seed, byte everySeconds)
    {
        var script = Script(seed);
        var end = Start + Duration.FromMinutes(120);
        var random = new Random(seed ^ 0x5EED);
        var sparse = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Start + Duration.FromSeconds(random.Next(0, 7200))).ToList();
        var every = Duration.FromSeconds(7 + everySeconds);
        var dense = new List<Instant>();
        for (var t = Start; t < end; t += every)
        {
            dense.Add(t);
        }

        var a = Run(script, sparse, end);
        var b = Run(script, dense, end);
        return a.SequenceEqual(b) && NoLevelTwice(a) && LevelsOnlyGoUp(a);
    }

    private static bool NoLevelTwice(List<(string Cause, int Level, Instant DueAt, bool Climbed)> notices) =>
        notices.GroupBy(n => (n.Cause, n.Level)).All(g => g.Count() == 1);

    private static bool LevelsOnlyGoUp(List<(string Cause, int Level, Instant DueAt, bool Climbed)> notices) =>
        notices.GroupBy(n => n.Cause).All(g => g.Select(n => n.Level).Zip(g.Select(n => n.Level).Skip(1)).All(p => p.First < p.Second));

    private static List<(string Cause, int Level, Instant DueAt, bool Climbed)> Run(List<Step> script, List<Instant> polls, Instant end)
    {
        var notifier = new InMemoryEscalationNotifier();
        var center = new ServiceCenter(
            new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
            EscalationRules.CreateBuiltIn(),
            [notifier],
            []);
        var tickets = new Dictionary<int, RepairTicket>();
        var numbers = new InMemoryWorkOrderNumberSource();
        var timeline = script.Select(s => (s.At, Order: 1, Step: (Step?)s))
            .Concat(polls.Select(p => (At: p, Order: 0, Step: (Step?)null)))
            .OrderBy(x => x.At).ThenBy(x => x.Order);
        foreach (var (at, _, step) in timeline)
        {
            if (step is null)
            {
                center.PollAsync(at).AsTask().GetAwaiter().GetResult();
                continue;
            }

            switch (step.Kind)
            {
                case 0:
                    tickets[step.Ticket] = center.CreateAsync(() => RepairTicket.Report($"RT-{step.Ticket}", Request(), Officer, at)).AsTask().GetAwaiter().GetResult().Value.Aggregate;
                    break;
                case 1:
                    center.ExecuteAsync(() => tickets[step.Ticket].IssueWorkOrder(Officer, numbers, at)).AsTask().GetAwaiter().GetResult();
                    break;
                case 2:
                    center.ExecuteAsync(() => tickets[step.Ticket].NotifyEngineering(Officer, at)).AsTask().GetAwaiter().GetResult();
                    break;
                default:
                    var cause = $"sla/RT-{step.Ticket}/{(step.Kind == 3 ? SlaDefaults.WorkOrderTarget : SlaDefaults.NotifyEngineeringTarget)}";
                    center.AcknowledgeAsync(Site, cause, Acknowledgers[step.Actor], at).AsTask().GetAwaiter().GetResult();
                    break;
            }
        }

        center.PollAsync(end).AsTask().GetAwaiter().GetResult();
        return [.. notifier.Notices.Select(n => (n.Cause, n.Level.Value, n.DueAt, n.Climbed))];
    }

    /// <summary>Up to three tickets: reported, maybe handled (in time or late), escalations maybe acknowledged.</summary>
    private static List<Step> Script(int seed)
    {
        var random = new Random(seed);
        var steps = new List<Step>();
        var count = random.Next(1, 4);
        for (var ticket = 1; ticket <= count; ticket++)
        {
            var reported = Start + Duration.FromSeconds(random.Next(0, 1200));
            steps.Add(new Step(reported, 0, ticket, 0));
            if (random.Next(2) == 0)
            {
                var issued = reported + Duration.FromSeconds(random.Next(0, 600));
                steps.Add(new Step(issued, 1, ticket, 0));
                if (random.Next(2) == 0)
                {
                    steps.Add(new Step(issued + Duration.FromSeconds(random.Next(0, 400)), 2, ticket, 0));
                }
            }

            for (var i = random.Next(0, 3); i > 0; i--)
            {
                steps.Add(new Step(reported + Duration.FromSeconds(random.Next(0, 3600)), 3 + random.Next(2), ticket, random.Next(Acknowledgers.Length)));
            }
        }

        // Commands of one ticket keep their order in time (a ticket's record is in time order).
        return [.. steps.OrderBy(s => s.At).ThenBy(s => s.Kind)];
    }

    private sealed record Step(Instant At, int Kind, int Ticket, int Actor);
}
