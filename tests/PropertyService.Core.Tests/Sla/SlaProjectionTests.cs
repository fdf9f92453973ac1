using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PropertyService.Repairs;

namespace PropertyService.Sla;

public sealed class SlaProjectionTests
{
    private static readonly SlaTracker Tracker = new([SlaDefaults.Policy]);

    /// <summary>Applying a ticket's events one by one gives the same timers as projecting them all at once.</summary>
    [Property(MaxTest = 100)]
    public bool Incremental_projection_equals_the_whole_projection(int seed)
    {
        var fixture = new RepairFixture();
        var random = new Random(seed);
        var ticket = random.Next(4) switch
        {
            0 => fixture.Report(),
            1 => fixture.AwaitingCollection(),
            2 => fixture.ReadyToAssign(),
            _ => fixture.AwaitingAssessment(),
        };
        var events = ticket.Events;
        var projection = Tracker.Start(SlaSubject.FromEvents(events));
        var asOf = fixture.Now + Duration.FromMinutes(random.Next(0, 120));
        foreach (var e in events)
        {
            projection.Apply(e);
        }

        var whole = Tracker.Project(events, asOf);
        var incremental = projection.Timers(asOf);
        return whole.Count == incremental.Count
               && whole.Zip(incremental).All(p => (p.First.Target, p.First.State, p.First.Deadline, p.First.WarningAt, p.First.StartedAt) == (p.Second.Target, p.Second.State, p.Second.Deadline, p.Second.WarningAt, p.Second.StartedAt));
    }

    /// <summary>
    /// Any sequence of events, under targets with every kind of trigger (conditional, by name, any-of, pause, resume,
    /// cancel, unless, carried instants, a business calendar): applying them one by one, which looks only at the targets
    /// each event's type concerns, gives what projecting them all at once gives.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Incremental_projection_of_any_event_sequence_equals_the_whole_projection_for_every_kind_of_trigger() =>
        Prop.ForAll(
            (from kinds in Gen.Choose(0, 8).ArrayOf()
             from minutes in Gen.Choose(0, 90).ArrayOf(kinds.Length)
             from asOf in Gen.Choose(0, 600)
             select (Kinds: kinds, Minutes: minutes, AsOf: asOf)).ToArbitrary(),
            c =>
            {
                var at = SlaTestEvents.T0;
                var events = new List<DomainEvent>();
                for (var i = 0; i < c.Kinds.Length; i++)
                {
                    at += Duration.FromMinutes(c.Minutes[i]);
                    events.Add(TestEvent(c.Kinds[i], i + 1, at));
                }

                var tracker = new SlaTracker([new SlaPolicy("every trigger", EveryKindOfTarget())], new Dictionary<string, BusinessCalendar> { ["office"] = BusinessCalendarTests.Office2026() });
                var subject = new SlaSubject("T-1", SlaTestEvents.Officer.Site);
                var projection = tracker.Start(subject);
                var asOf = SlaTestEvents.T0 + Duration.FromMinutes(c.AsOf);
                var changes = events.Select(e => (Before: Describe(projection.Timers(asOf)), Changed: projection.Apply(e), After: Describe(projection.Timers(asOf)))).ToList();

                Assert.Equal(Describe(tracker.Project(subject, events, asOf)), Describe(projection.Timers(asOf)));
                Assert.All(changes, x => Assert.True(x.Changed || x.Before == x.After, "an Apply that changed a timer says so"));
            });

    [Fact]
    public void Apply_reports_whether_a_timer_changed_and_ignores_other_aggregates_and_old_versions()
    {
        var fixture = new RepairFixture();
        var ticket = fixture.AwaitingCollection();
        var projection = Tracker.Start(SlaSubject.FromEvents(ticket.Events));
        Assert.Equal(0, projection.Version);
        Assert.True(projection.Apply(ticket.Events[0]));   // RP-09 work order starts
        Assert.False(projection.Apply(ticket.Events[0]));  // already applied
        Assert.True(projection.Apply(ticket.Events[1]));   // work order issued: RP-09 met, notify-engineering starts
        Assert.Equal(2, projection.Version);
        var other = fixture.Report();
        Assert.False(projection.Apply(other.Events[0]));
        Assert.Equal(2, projection.Version);
        Assert.Same(SlaDefaults.Policy, projection.Policy);
        Assert.Throws<ArgumentNullException>(() => projection.Apply(null!));
    }

    private static DomainEvent TestEvent(int kind, int version, Instant at) => kind switch
    {
        0 => new SlaTestEvents.TicketOpened("T-1", version, at, SlaTestEvents.Officer),
        1 => new SlaTestEvents.TicketOpened("T-1", version, at, SlaTestEvents.Officer, "help"),
        2 => new SlaTestEvents.TicketAnswered("T-1", version, at, SlaTestEvents.Officer),
        3 => new SlaTestEvents.TicketPaused("T-1", version, at, SlaTestEvents.Officer),
        4 => new SlaTestEvents.TicketResumed("T-1", version, at, SlaTestEvents.Officer),
        5 => new SlaTestEvents.TicketCancelled("T-1", version, at, SlaTestEvents.Officer),
        6 => new SlaTestEvents.AppointmentBooked("T-1", version, at, SlaTestEvents.Officer, at + Duration.FromMinutes(version * 7 % 60)),
        7 => new SlaTestEvents.ShiftAssigned("T-1", version, at, SlaTestEvents.Officer, at + Duration.FromMinutes(30)),
        _ => new SlaTestEvents.ShiftArrivalRecorded("T-1", version, at, SlaTestEvents.Officer),
    };

    private static IEnumerable<SlaTarget> EveryKindOfTarget()
    {
        var answered = SlaTrigger.On<SlaTestEvents.TicketAnswered>();
        yield return new SlaTarget("answer", "T-1", SlaTrigger.On<SlaTestEvents.TicketOpened>(), answered, SlaDeadline.After(Duration.FromMinutes(30)))
        {
            Pause = SlaTrigger.On<SlaTestEvents.TicketPaused>(),
            Resume = SlaTrigger.On<SlaTestEvents.TicketResumed>(),
            Cancel = SlaTrigger.On<SlaTestEvents.TicketCancelled>(),
        };
        yield return new SlaTarget("help on office hours", "T-2", SlaTrigger.On<SlaTestEvents.TicketOpened>(e => e.Kind == "help"), answered, SlaDeadline.After(Duration.FromMinutes(45), "office"))
        {
            Unless = SlaTrigger.OnEventNamed("AppointmentBooked"),
            Pause = SlaTrigger.OnEventNamed("TicketPaused"),
            Resume = SlaTrigger.AnyOf(SlaTrigger.On<SlaTestEvents.TicketResumed>(), SlaTrigger.On<SlaTestEvents.TicketAnswered>()),
        };
        yield return new SlaTarget("appointment", "T-3", SlaTrigger.On<SlaTestEvents.AppointmentBooked>(instant: e => e.Appointment), SlaTrigger.AnyOf(answered, SlaTrigger.OnEventNamed("ShiftArrivalRecorded")), SlaDeadline.AtCarriedInstant(Duration.FromMinutes(-5)))
        {
            Cancel = SlaTrigger.AnyOf(SlaTrigger.On<SlaTestEvents.TicketCancelled>(), SlaTrigger.On<SlaTestEvents.TicketOpened>(e => e.Kind == "help")),
        };
        yield return new SlaTarget("shift", "T-4", SlaTrigger.OnEventNamed("ShiftAssigned", instantProperty: "ShiftStartsAt"), SlaTrigger.OnEventNamed("ShiftArrivalRecorded"), SlaDeadline.AtCarriedInstant(Duration.Zero));
        yield return new SlaTarget("reply by end of day", "T-5", SlaTrigger.OnEventNamed(typeof(SlaTestEvents.TicketOpened).FullName!), SlaTrigger.On<DomainEvent>(e => e is SlaTestEvents.TicketCancelled), SlaDeadline.EndOfBusinessDay(1, "office"));
    }

    private static string Describe(IEnumerable<SlaTimer> timers) =>
        string.Join("; ", timers.Select(t => $"{t.Target.Name} {t.State} {t.StartedAt} {t.Deadline} {t.WarningAt} {t.PausedTotal} {t.StoppedAt} {t.CalendarWarning}"));

    [Fact]
    public void A_subject_no_policy_applies_to_has_no_timers()
    {
        var tracker = new SlaTracker([]);
        var fixture = new RepairFixture();
        var ticket = fixture.Report();
        var projection = tracker.Start(SlaSubject.FromEvents(ticket.Events));
        Assert.False(projection.Apply(ticket.Events[0]));
        Assert.Null(projection.Policy);
        Assert.Empty(projection.Timers(fixture.Now));
        Assert.ThrowsAny<ArgumentException>(() => tracker.Start(default));
    }
}
