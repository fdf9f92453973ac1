using NodaTime;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

public class SlaTriggerTests
{
    private static readonly TicketOpened Opened = new("T-1", 1, T0, Officer);
    private static readonly TicketOpened OpenedForHelp = new("T-1", 1, T0, Officer, "help");
    private static readonly TicketAnswered Answered = new("T-1", 2, At(5), Officer);
    private static readonly AppointmentBooked Booked = new("T-1", 3, At(6), Officer, At(60));
    private static readonly ShiftAssigned Assigned = new("S-1", 1, At(7), Officer, At(120));

    [Fact]
    public void On_matches_its_event_type_and_describes_it()
    {
        var trigger = SlaTrigger.On<TicketOpened>();
        Assert.True(trigger.Matches(Opened));
        Assert.False(trigger.Matches(Answered));
        Assert.False(trigger.CarriesInstant);
        Assert.Null(trigger.InstantCarriedBy(Opened));
        Assert.Equal("TicketOpened", trigger.Description);
        Assert.Equal("TicketOpened", trigger.ToString());
        Assert.True(SlaTrigger.On<DomainEvent>().Matches(Answered));
    }

    [Fact]
    public void On_with_a_condition_matches_only_when_it_holds()
    {
        var trigger = SlaTrigger.On<TicketOpened>(when: e => e.Kind == "help");
        Assert.True(trigger.Matches(OpenedForHelp));
        Assert.False(trigger.Matches(Opened));
        Assert.False(trigger.Matches(Answered));
        Assert.Equal("TicketOpened (conditional)", trigger.Description);
        Assert.Equal("help tickets", SlaTrigger.On<TicketOpened>(when: e => e.Kind == "help", description: "help tickets").Description);
    }

    [Fact]
    public void On_with_an_instant_reads_it_from_matching_events_only()
    {
        var trigger = SlaTrigger.On<AppointmentBooked>(instant: e => e.Appointment);
        Assert.True(trigger.CarriesInstant);
        Assert.Equal(At(60), trigger.InstantCarriedBy(Booked));
        Assert.Null(trigger.InstantCarriedBy(Opened));
        Assert.Equal("AppointmentBooked", trigger.Description);
    }

    [Fact]
    public void OnEventNamed_matches_the_type_name_or_full_name_and_reads_the_named_property()
    {
        var trigger = SlaTrigger.OnEventNamed("ShiftAssigned", "ShiftStartsAt");
        Assert.True(trigger.Matches(Assigned));
        Assert.False(trigger.Matches(Booked));
        Assert.True(trigger.CarriesInstant);
        Assert.Equal(At(120), trigger.InstantCarriedBy(Assigned));
        Assert.Null(trigger.InstantCarriedBy(Booked));
        Assert.Equal("ShiftAssigned (by name)", trigger.Description);

        Assert.True(SlaTrigger.OnEventNamed(typeof(ShiftAssigned).FullName!).Matches(Assigned));
        Assert.False(SlaTrigger.OnEventNamed("ShiftAssigned").CarriesInstant);
        Assert.Null(SlaTrigger.OnEventNamed("ShiftAssigned").InstantCarriedBy(Assigned));
        Assert.False(SlaTrigger.OnEventNamed("Assigned").Matches(Assigned));
    }

    [Fact]
    public void A_trigger_can_match_only_its_event_types_so_projections_skip_the_others()
    {
        Assert.True(SlaTrigger.On<TicketOpened>(e => e.Kind == "never").CanMatch(typeof(TicketOpened))); // a condition is about the event, not the type
        Assert.False(SlaTrigger.On<TicketOpened>().CanMatch(typeof(TicketAnswered)));
        Assert.True(SlaTrigger.On<DomainEvent>().CanMatch(typeof(TicketAnswered)));  // derived types too
        Assert.True(SlaTrigger.OnEventNamed("ShiftAssigned").CanMatch(typeof(ShiftAssigned)));
        Assert.True(SlaTrigger.OnEventNamed(typeof(ShiftAssigned).FullName!).CanMatch(typeof(ShiftAssigned)));
        Assert.False(SlaTrigger.OnEventNamed("ShiftAssigned").CanMatch(typeof(TicketOpened)));
        var any = SlaTrigger.AnyOf(SlaTrigger.On<TicketOpened>(), SlaTrigger.OnEventNamed("ShiftAssigned"));
        Assert.True(any.CanMatch(typeof(TicketOpened)) && any.CanMatch(typeof(ShiftAssigned)));
        Assert.False(any.CanMatch(typeof(TicketAnswered)));
    }

    [Fact]
    public void OnEventNamed_with_a_condition_needs_both()
    {
        var trigger = SlaTrigger.OnEventNamed("TicketOpened", when: e => ((TicketOpened)e).Kind == "help");
        Assert.True(trigger.Matches(OpenedForHelp));
        Assert.False(trigger.Matches(Opened));
        Assert.False(trigger.Matches(Answered));
    }

    [Fact]
    public void OnEventNamed_refuses_a_property_that_is_not_an_instant()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => SlaTrigger.OnEventNamed("TicketOpened", "Appointment").InstantCarriedBy(Opened));
        Assert.Equal("Event type TicketOpened has no public Instant property 'Appointment' for an SLA trigger to read.", missing.Message);
        var wrongType = Assert.Throws<InvalidOperationException>(() => SlaTrigger.OnEventNamed("TicketOpened", "Kind").InstantCarriedBy(Opened));
        Assert.Equal("Event type TicketOpened has no public Instant property 'Kind' for an SLA trigger to read.", wrongType.Message);
    }

    [Fact]
    public void OnEventNamed_reads_nullable_instants()
    {
        var trigger = SlaTrigger.OnEventNamed(nameof(Rescheduled), nameof(Rescheduled.NewTime));
        Assert.Equal(At(30), trigger.InstantCarriedBy(new Rescheduled("T-1", 4, At(8), Officer, At(30))));
        Assert.Null(trigger.InstantCarriedBy(new Rescheduled("T-1", 4, At(8), Officer, null)));
    }

    [Fact]
    public void OnEventNamed_refuses_blank_names()
    {
        Assert.Equal("eventTypeName", Assert.Throws<ArgumentException>(() => SlaTrigger.OnEventNamed(" ")).ParamName);
        Assert.Equal("eventTypeName", Assert.Throws<ArgumentNullException>(() => SlaTrigger.OnEventNamed(null!)).ParamName);
        Assert.Equal("instantProperty", Assert.Throws<ArgumentException>(() => SlaTrigger.OnEventNamed("ShiftAssigned", "")).ParamName);
    }

    [Fact]
    public void AnyOf_matches_any_and_takes_the_instant_from_the_first_that_matches()
    {
        var trigger = SlaTrigger.AnyOf(
            SlaTrigger.On<TicketOpened>(),
            SlaTrigger.On<AppointmentBooked>(instant: e => e.Appointment),
            SlaTrigger.OnEventNamed("ShiftAssigned", "ShiftStartsAt"));
        Assert.Equal("TicketOpened or AppointmentBooked or ShiftAssigned (by name)", trigger.Description);
        Assert.True(trigger.Matches(Opened));
        Assert.True(trigger.Matches(Booked));
        Assert.True(trigger.Matches(Assigned));
        Assert.False(trigger.Matches(Answered));
        Assert.True(trigger.CarriesInstant);
        Assert.Null(trigger.InstantCarriedBy(Opened));
        Assert.Equal(At(60), trigger.InstantCarriedBy(Booked));
        Assert.Equal(At(120), trigger.InstantCarriedBy(Assigned));
        Assert.Null(trigger.InstantCarriedBy(Answered));
        Assert.False(SlaTrigger.AnyOf(SlaTrigger.On<TicketOpened>(), SlaTrigger.On<TicketAnswered>()).CarriesInstant);
    }

    [Fact]
    public void AnyOf_keeps_its_own_copy_of_the_alternatives()
    {
        var alternatives = new[] { SlaTrigger.On<TicketOpened>() };
        var trigger = SlaTrigger.AnyOf(alternatives);
        alternatives[0] = SlaTrigger.On<TicketAnswered>();
        Assert.True(trigger.Matches(Opened));
        Assert.False(trigger.Matches(Answered));
    }

    [Fact]
    public void AnyOf_refuses_no_alternatives_and_null_ones()
    {
        var empty = Assert.Throws<ArgumentException>(() => SlaTrigger.AnyOf());
        Assert.Equal("triggers", empty.ParamName);
        Assert.StartsWith("triggers must name at least one trigger.", empty.Message);
        Assert.Equal("triggers", Assert.Throws<ArgumentNullException>(() => SlaTrigger.AnyOf(null!)).ParamName);
        Assert.Equal("triggers", Assert.Throws<ArgumentNullException>(() => SlaTrigger.AnyOf(SlaTrigger.On<TicketOpened>(), null!)).ParamName);
    }

    [Fact]
    public void A_null_event_is_refused()
    {
        var trigger = SlaTrigger.On<TicketOpened>(instant: e => e.OccurredAt);
        Assert.Equal("domainEvent", Assert.Throws<ArgumentNullException>(() => trigger.Matches(null!)).ParamName);
        Assert.Equal("domainEvent", Assert.Throws<ArgumentNullException>(() => trigger.InstantCarriedBy(null!)).ParamName);
    }

    public sealed record Rescheduled(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Instant? NewTime)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);
}
