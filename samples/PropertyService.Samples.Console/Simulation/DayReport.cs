using NodaTime;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Shifts;
using PropertyService.Sla;
using PropertyService.Storage;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>
/// The day in figures, from the store and what the service center raised: records by kind and state, each SLA target's
/// on-time rate, escalations by level, money quoted and accepted by payer, and handover exceptions.
/// </summary>
public sealed class DayReport
{
    /// <summary>Records by kind (repair-ticket, help-request, shift-handover) and state.</summary>
    public required IReadOnlyList<StateCount> States { get; init; }

    /// <summary>Each SLA target's timers at the day's end.</summary>
    public required IReadOnlyList<TargetRate> Targets { get; init; }

    /// <summary>The timers still running at the day's end, soonest first.</summary>
    public required IReadOnlyList<OpenTimer> OpenTimers { get; init; }

    /// <summary>Escalation notices by level.</summary>
    public required IReadOnlyList<LevelCount> Escalations { get; init; }

    /// <summary>Money quoted and accepted, by payer.</summary>
    public required IReadOnlyList<PayerMoney> Money { get; init; }

    /// <summary>What went wrong at handovers.</summary>
    public required IReadOnlyList<HandoverException> Handovers { get; init; }

    /// <summary>How many SLA warnings and breaches were raised.</summary>
    public required int Warnings { get; init; }

    /// <summary>How many SLA breaches were raised.</summary>
    public required int Breaches { get; init; }

    /// <summary>How many events the day recorded.</summary>
    public required long Events { get; init; }

    /// <summary>Builds the report.</summary>
    /// <param name="scenario">The scenario run.</param>
    /// <param name="store">Its store.</param>
    /// <param name="center">Its service center.</param>
    /// <param name="records">The events of each stream this run wrote, as stored (a store may hold earlier runs too).</param>
    /// <param name="notices">The notices delivered.</param>
    /// <param name="alerts">The alerts raised.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The report.</returns>
    public static async Task<DayReport> BuildAsync(
        Scenario scenario, IEventStore store, ServiceCenter center, IReadOnlyDictionary<string, IReadOnlyList<DomainEvent>> records, IReadOnlyList<EscalationNotice> notices, IReadOnlyList<SlaAlert> alerts, CancellationToken cancellationToken)
    {
        var streams = (await store.QueryAsync(scenario.Site, new StreamQuery { Limit = 100_000 }, cancellationToken)).Where(s => records.ContainsKey(s.StreamId)).ToList();
        var tracker = center.Sites.For(scenario.Site).Tracker;
        var targets = new Dictionary<string, (SlaTarget Target, int Total, int Met, int Breached, int Open)>(StringComparer.Ordinal);
        var money = Enum.GetValues<Payer>().ToDictionary(p => p, _ => (Quoted: 0m, Accepted: 0m));
        var handovers = new List<HandoverException>();
        var running = new List<OpenTimer>();
        long events = 0;
        foreach (var stream in streams.OrderBy(s => s.StreamId, StringComparer.Ordinal))
        {
            var history = records[stream.StreamId];
            events += history.Count;
            foreach (var timer in tracker.Project(history, scenario.End).Where(t => t.State != SlaTimerState.Cancelled))
            {
                var (target, total, met, breached, open) = targets.GetValueOrDefault(timer.Target.Name, (timer.Target, 0, 0, 0, 0));
                if (timer.State is SlaTimerState.Running or SlaTimerState.Paused)
                {
                    running.Add(new OpenTimer(stream.StreamId, timer.Target, timer.Deadline));
                }

                targets[timer.Target.Name] = (target, total + 1, met + (timer.State == SlaTimerState.Met ? 1 : 0),
                    breached + (timer.State == SlaTimerState.Breached ? 1 : 0), open + (timer.State is SlaTimerState.Running or SlaTimerState.Paused ? 1 : 0));
            }

            foreach (var e in history)
            {
                switch (e)
                {
                    case WorkOrderCollected { ScheduleQuote: { } schedule }:
                        Add(schedule, accepted: true); // schedule prices are the site's published prices (RP-12)
                        break;
                    case RepairAssessed assessed:
                        Add(assessed.Quote, accepted: false);
                        break;
                    case QuoteAccepted accepted:
                        foreach (var payer in money.Keys)
                        {
                            money[payer] = (money[payer].Quoted, money[payer].Accepted + accepted.Quote.TotalFor(payer).Amount);
                        }

                        break;
                    case IncomingArrived { Late: true } late:
                        handovers.Add(new HandoverException(e.AggregateId, e.OccurredAt, "CS-16", $"{late.Actor.DisplayName} arrived late"));
                        break;
                    case IncomingAbsent:
                        handovers.Add(new HandoverException(e.AggregateId, e.OccurredAt, "CS-20", "the incoming person did not arrive; the outgoing stayed"));
                        break;
                    case ToolsCounted { Losses.Count: > 0 } counted:
                        handovers.AddRange(counted.Losses.Select(l => new HandoverException(e.AggregateId, e.OccurredAt, "CS-18", $"{l.Tool.Name} missing, answerable: {l.AnswerableBy.DisplayName}")));
                        break;
                    case PostInspected { Accepted: false } inspected:
                        handovers.Add(new HandoverException(e.AggregateId, e.OccurredAt, "CS-19", $"post not accepted: {inspected.Reason}"));
                        break;
                    case HandoverCompleted completed when completed.Overtime > Duration.Zero:
                        handovers.Add(new HandoverException(e.AggregateId, e.OccurredAt, "CS-20", $"the outgoing person stayed {completed.Overtime.TotalMinutes:0} minutes over"));
                        break;
                }
            }
        }

        void Add(Quote quote, bool accepted)
        {
            foreach (var payer in money.Keys)
            {
                var amount = quote.TotalFor(payer).Amount;
                money[payer] = (money[payer].Quoted + amount, money[payer].Accepted + (accepted ? amount : 0m));
            }
        }

        return new DayReport
        {
            States = [.. streams.GroupBy(s => (s.Status.AggregateType, s.Status.State)).Select(g => new StateCount(g.Key.AggregateType, g.Key.State, g.Count()))
                .OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.State, StringComparer.Ordinal)],
            Targets = [.. targets.Values.Select(t => new TargetRate(t.Target, t.Total, t.Met, t.Breached, t.Open)).OrderBy(t => t.Target.RuleId, StringComparer.Ordinal).ThenBy(t => t.Target.Name, StringComparer.Ordinal)],
            OpenTimers = [.. running.OrderBy(t => t.Deadline)],
            Escalations = [.. notices.GroupBy(n => n.Level.Value).OrderBy(g => g.Key).Select(g => new LevelCount(g.Key, g.Count(), g.Count(n => n.Climbed)))],
            Money = [.. money.Where(m => m.Value.Quoted != 0m || m.Value.Accepted != 0m).Select(m => new PayerMoney(m.Key, m.Value.Quoted, m.Value.Accepted))],
            Handovers = handovers,
            Warnings = alerts.Count(a => a is SlaWarningRaised),
            Breaches = alerts.Count(a => a is SlaBreached),
            Events = events,
        };
    }
}
