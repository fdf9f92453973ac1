using NodaTime;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

public class SlaSubjectTests
{
    private static readonly SiteId Beijing = new("BJ-02");

    [Fact]
    public void The_subject_comes_from_the_first_event_by_version()
    {
        var subject = SlaSubject.FromEvents([new TicketAnswered("T-1", 2, At(5), Officer), new TicketOpened("T-1", 1, T0, Officer, "Water")]);
        Assert.Equal(new SlaSubject("T-1", Officer.Site, "Water", false), subject);
    }

    [Fact]
    public void A_declared_site_wins_over_the_actors_site_unless_it_is_empty()
    {
        Assert.Equal(Beijing, SlaSubject.FromEvents([new Reported("T-2", 1, T0, Officer, Beijing)]).Site);
        Assert.Equal(Officer.Site, SlaSubject.FromEvents([new Reported("T-2", 1, T0, Officer, default)]).Site);
    }

    [Fact]
    public void The_category_is_read_from_Category_then_Request_Category_then_Kind()
    {
        Assert.Equal("Power", SlaSubject.FromEvents([new Reported("T-2", 1, T0, Officer, Beijing, Category: RepairCategory.Power)]).Category);
        Assert.Equal("Noise", SlaSubject.FromEvents([new Requested("H-1", 1, T0, Officer, new RequestDetails("Noise"))]).Category);
        Assert.Null(SlaSubject.FromEvents([new Requested("H-1", 1, T0, Officer, null)]).Category);
        Assert.Equal("repair", SlaSubject.FromEvents([new TicketOpened("T-1", 1, T0, Officer)]).Category);
        Assert.Null(SlaSubject.FromEvents([new TicketAnswered("T-1", 1, T0, Officer)]).Category);
    }

    [Fact]
    public void Emergencies_are_IsEmergency_IsMajor_or_a_medical_emergency()
    {
        Assert.True(SlaSubject.FromEvents([new Reported("T-2", 1, T0, Officer, Beijing, IsEmergency: true)]).IsEmergency);
        Assert.True(SlaSubject.FromEvents([new Reported("T-2", 1, T0, Officer, Beijing, IsMajor: true)]).IsEmergency);
        Assert.False(SlaSubject.FromEvents([new Reported("T-2", 1, T0, Officer, Beijing)]).IsEmergency);
        Assert.True(SlaSubject.FromEvents([new TicketOpened("T-1", 1, T0, Officer, "MedicalEmergency")]).IsEmergency);
        Assert.False(SlaSubject.FromEvents([new TicketOpened("T-1", 1, T0, Officer, "Medical")]).IsEmergency);
    }

    [Fact]
    public void Null_events_are_skipped_and_no_events_are_refused()
    {
        Assert.Equal("T-1", SlaSubject.FromEvents([null!, new TicketOpened("T-1", 1, T0, Officer)]).AggregateId);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => SlaSubject.FromEvents(null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => SlaSubject.FromEvents([]));
        Assert.Equal("events", empty.ParamName);
        Assert.StartsWith("events must hold at least one event to derive the SLA subject from.", empty.Message);
        Assert.Equal("events", Assert.Throws<ArgumentException>(() => SlaSubject.FromEvents([null!])).ParamName);
    }

    public sealed record Reported(string AggregateId, int Version, Instant OccurredAt, Actor Actor, SiteId Site,
        RepairCategory? Category = null, bool IsEmergency = false, bool IsMajor = false)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record RequestDetails(string Category);

    public sealed record Requested(string AggregateId, int Version, Instant OccurredAt, Actor Actor, RequestDetails? Request)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);
}
