using NodaTime;

namespace PropertyService.Workflows;

/// <summary>What every history must pass, and the detection of a second thread.</summary>
public class EventLogTests
{
    private sealed record Noted(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    private static readonly SiteId Site = new("S1");
    private static readonly Actor Officer = new("O", "Officer", Site, Role.Officer);
    private static readonly Instant At = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static EventLog Started()
    {
        var log = new EventLog("A-1", "thing") { Site = Site };
        var first = new Noted("A-1", 1, At, Officer);
        log.Admit(first);
        log.Add(first);
        return log;
    }

    [Fact]
    public void Admits_the_next_event_of_the_same_aggregate_and_site_in_time_order()
    {
        var log = Started();
        var next = new Noted("A-1", 2, At, Officer);
        log.Admit(next);
        log.Add(next);
        Assert.Equal((2, At), (log.Version, log.LastEventAt));
        Assert.Equal([1, 2], log.Events.Select(e => e.Version));
    }

    [Theory]
    [InlineData("B-1", 2, 0, "S1", "The history of A-1 is invalid at version 2: Noted belongs to B-1. (Parameter 'events')")]
    [InlineData("A-1", 3, 0, "S1", "The history of A-1 is invalid at version 2: expected version 2 but Noted has version 3. (Parameter 'events')")]
    [InlineData("A-1", 2, -1, "S1", "The history of A-1 is invalid at version 2: Noted at 2025-12-31T23:59:59Z is dated before the event before it (2026-01-01T00:00:00Z). (Parameter 'events')")]
    [InlineData("A-1", 2, 0, "S2", "The history of A-1 is invalid at version 2: Noted was recorded by Officer of site S2, but the thing is at site S1. (Parameter 'events')")]
    public void Refuses_an_event_that_cannot_follow(string id, int version, int seconds, string site, string message)
    {
        var log = Started();
        var actor = new Actor("O", "Officer", new SiteId(site), Role.Officer);
        var ex = Assert.Throws<InvalidHistoryException>(() => log.Admit(new Noted(id, version, At + Duration.FromSeconds(seconds), actor)));
        Assert.Equal((message, 2, "A-1"), (ex.Message, ex.Version, ex.AggregateId));
        Assert.Equal(1, log.Version);
    }

    [Fact]
    public void A_second_entry_is_detected_until_the_first_leaves()
    {
        var log = Started();
        using (log.Use())
        {
            var ex = Assert.Throws<InvalidOperationException>(() => log.Enter());
            Assert.Equal("The thing A-1 is already in use by another command. An aggregate is single-threaded: command it from one thread at a time (load one instance per unit of work).", ex.Message);
        }

        log.Enter();
        log.Exit();
    }

    [Fact]
    public void The_events_cannot_be_changed_through_the_view()
    {
        var log = Started();
        Assert.Null(log.Events as List<DomainEvent>);
        Assert.Throws<NotSupportedException>(() => ((IList<DomainEvent>)log.Events).RemoveAt(0));
    }
}
