using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

public class SlaMonitorTests
{
    private static readonly SlaTarget Target =
        new("answer", "TEST-1", SlaTrigger.On<TicketOpened>(), SlaTrigger.On<TicketAnswered>(), SlaDeadline.After(Duration.FromMinutes(10)));

    [Fact]
    public void Poll_returns_due_warnings_and_breaches_once_in_time_order()
    {
        var monitor = new SlaMonitor();
        monitor.Track("A", Target, At(7), At(10));
        monitor.Track("B", Target, At(3), At(4));
        monitor.Track("C", Target, At(30), At(40));
        Assert.Equal(At(3), monitor.NextDue);
        Assert.Empty(monitor.Poll(At(2)));

        var first = monitor.Poll(At(8));
        Assert.Equal(["B:SlaWarningRaised", "B:SlaBreached", "A:SlaWarningRaised"], first.Select(a => $"{a.AggregateId}:{a.GetType().Name}"));
        Assert.Equal([At(3), At(4), At(7)], first.Select(a => a.DueAt));
        Assert.Equal("TEST-1", first[0].RuleId);
        Assert.Empty(monitor.Poll(At(8)));

        var second = monitor.Poll(At(100));
        Assert.Equal(["A:SlaBreached", "C:SlaWarningRaised", "C:SlaBreached"], second.Select(a => $"{a.AggregateId}:{a.GetType().Name}"));
        Assert.Empty(monitor.Poll(At(1000)));
        Assert.Null(monitor.NextDue);
        Assert.Equal(3, monitor.Count);
    }

    [Fact]
    public void Met_removed_and_paused_timers_raise_nothing_and_a_moved_deadline_does_not_repeat_a_warning()
    {
        var tracker = new SlaTracker([new SlaPolicy("p", [Target with { Pause = SlaTrigger.On<TicketPaused>(), Resume = SlaTrigger.On<TicketResumed>() }])]);
        var subject = new SlaSubject("A", new SiteId("SZ-01"));
        var monitor = new SlaMonitor();
        List<DomainEvent> events = [new TicketOpened("A", 1, At(0), Officer)];
        monitor.Track(tracker.Project(subject, events, At(0))[0]);
        Assert.IsType<SlaWarningRaised>(Assert.Single(monitor.Poll(At(8))));

        events.Add(new TicketPaused("A", 2, At(9), Officer));
        monitor.Track(tracker.Project(subject, events, At(9))[0]);
        Assert.Null(monitor.NextDue);
        Assert.Empty(monitor.Poll(At(30)));

        events.Add(new TicketResumed("A", 3, At(30), Officer));
        monitor.Track(tracker.Project(subject, events, At(30))[0]);
        Assert.Equal(At(31), monitor.NextDue); // breach only: the warning was already raised
        events.Add(new TicketAnswered("A", 4, At(30) + Duration.FromSeconds(30), Officer));
        monitor.Track(tracker.Project(subject, events, At(31))[0]);
        Assert.Equal(0, monitor.Count);
        Assert.Empty(monitor.Poll(At(100)));

        monitor.Track("B", Target, At(1), At(2));
        Assert.True(monitor.Remove("B", "answer"));
        Assert.False(monitor.Remove("B", "answer"));
        Assert.Empty(monitor.Poll(At(100)));
    }

    [Fact]
    public void Poll_with_nothing_due_allocates_nothing()
    {
        var monitor = new SlaMonitor();
        for (var i = 0; i < 1000; i++)
        {
            monitor.Track($"R-{i}", Target, At(100 + i), At(200 + i));
        }

        monitor.Poll(At(0));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            monitor.Poll(At(50));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Model-based: random timers, updates, removals and polls against a list of what must be raised.</summary>
    [Property(MaxTest = 200)]
    public Property Every_warning_and_breach_is_raised_exactly_once_in_time_order() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var monitor = new SlaMonitor();
            var model = new Dictionary<string, (int Warn, int Deadline, bool Warned, bool Breached)>();
            var now = 0;
            for (var step = 0; step < 60; step++)
            {
                var id = $"T{random.Next(8)}";
                switch (random.Next(4))
                {
                    case 0 or 1:
                        var deadline = now + random.Next(1, 50);
                        var warn = deadline - random.Next(0, 20);
                        monitor.Track(id, Target, At(warn), At(deadline));
                        var old = model.GetValueOrDefault(id);
                        model[id] = (warn, deadline, old.Warned, old.Breached);
                        break;
                    case 2:
                        if (monitor.Remove(id, Target.Name) != model.Remove(id))
                        {
                            return false;
                        }

                        break;
                    default:
                        now += random.Next(0, 30);
                        var alerts = monitor.Poll(At(now));
                        var expected = new List<(int, string)>();
                        foreach (var (key, t) in model.ToList())
                        {
                            var warned = t.Warned;
                            if (!t.Warned && t.Warn < t.Deadline && t.Warn <= now)
                            {
                                expected.Add((t.Warn, $"{key}:W"));
                                warned = true;
                            }

                            var breached = t.Breached;
                            if (!t.Breached && t.Deadline <= now)
                            {
                                expected.Add((t.Deadline, $"{key}:B"));
                                breached = warned = true;
                            }

                            model[key] = (t.Warn, t.Deadline, warned, breached);
                        }

                        var actual = alerts.Select(a => ((int)(a.DueAt - T0).TotalMinutes, $"{a.AggregateId}:{(a is SlaBreached ? "B" : "W")}")).ToList();
                        if (!actual.OrderBy(a => a.Item2).SequenceEqual(expected.OrderBy(e => e.Item2))
                            || !actual.Select(a => a.Item1).SequenceEqual(actual.Select(a => a.Item1).Order()))
                        {
                            return false;
                        }

                        break;
                }
            }

            return true;
        });
}
