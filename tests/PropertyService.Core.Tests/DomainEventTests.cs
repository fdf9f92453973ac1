using NodaTime;

namespace PropertyService;

public class DomainEventTests
{
    private sealed record SomethingHappened(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    private static readonly Actor Officer = new("E1", "Officer", new SiteId("S"), Role.Officer);

    [Fact]
    public void Records_aggregate_version_time_and_actor()
    {
        var at = Instant.FromUtc(2026, 11, 27, 2, 0);
        var e = new SomethingHappened("T-1", 1, at, Officer);

        Assert.Equal("T-1", e.AggregateId);
        Assert.Equal(1, e.Version);
        Assert.Equal(at, e.OccurredAt);
        Assert.Same(Officer, e.Actor);
    }

    [Fact]
    public void Versions_start_at_one_and_actor_is_required()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SomethingHappened("T-1", 0, default, Officer));
        Assert.Throws<ArgumentNullException>(() => new SomethingHappened("T-1", 1, default, null!));
        Assert.Throws<ArgumentException>(() => new SomethingHappened(" ", 1, default, Officer));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("aggregateId", Assert.Throws<ArgumentNullException>(() => new SomethingHappened(null!, 1, default, Officer)).ParamName);
        Assert.Equal("aggregateId", Assert.Throws<ArgumentException>(() => new SomethingHappened("", 1, default, Officer)).ParamName);
        Assert.Equal("version", Assert.Throws<ArgumentOutOfRangeException>(() => new SomethingHappened("T-1", -1, default, Officer)).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => new SomethingHappened("T-1", 1, default, null!)).ParamName);
    }
}
