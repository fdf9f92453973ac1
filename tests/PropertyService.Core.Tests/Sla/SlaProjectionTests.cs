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
