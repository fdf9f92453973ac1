using NodaTime;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

/// <summary>The tracker's argument checks and the messages people read.</summary>
public partial class SlaTrackerTests
{
    [Fact]
    public void A_target_on_a_calendar_that_was_not_given_is_refused_with_the_calendars_there_are()
    {
        var onOffice = Answer(10) with { Deadline = SlaDeadline.After(Duration.FromHours(1), "office") };
        var calendars = new Dictionary<string, BusinessCalendar> { ["night"] = BusinessCalendar.AlwaysOpen, ["weekend"] = BusinessCalendar.AlwaysOpen };
        var error = Assert.Throws<ArgumentException>(() => new SlaTracker([new SlaPolicy("p", [onOffice])], calendars));
        Assert.Equal(
            "calendars: target 'answer' of policy 'p' counts working time on calendar 'office', which was not given. Calendars: night, weekend. (Parameter 'calendars')",
            error.Message);
        calendars["office"] = BusinessCalendar.AlwaysOpen;
        Assert.Single(new SlaTracker([new SlaPolicy("p", [onOffice])], calendars).Policies);
    }

    [Fact]
    public void Null_policies_events_and_blank_subjects_are_refused()
    {
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(() => new SlaTracker(null!)).ParamName);
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(() => new SlaTracker([null!])).ParamName);
        var tracker = Tracker(Answer(10));
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => tracker.Project(Subject, null!, At(0))).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => tracker.Project(Subject, [null!], At(0))).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => tracker.Project(Subject with { AggregateId = " " }, [], At(0))).ParamName);
    }

    [Fact]
    public void Events_of_other_aggregates_are_ignored_and_events_are_taken_in_version_order()
    {
        var tracker = Tracker(Answer(10));
        DomainEvent[] events = [new TicketAnswered(Id, 2, At(4), Officer), new TicketOpened("R-2", 1, At(1), Officer), new TicketOpened(Id, 1, At(0), Officer)];
        var timer = Assert.Single(tracker.Project(Subject, events, At(30)));
        Assert.Equal(At(0), timer.StartedAt);
        Assert.Equal(SlaTimerState.Met, timer.State);
        Assert.Equal("R-1 [TEST-1] answer: Met, due 2026-03-02T02:10:00Z", timer.ToString());
        Assert.Same(tracker.Policies[0], tracker.PolicyFor(Subject));
    }

    [Fact]
    public void Projecting_from_events_alone_derives_the_subject()
    {
        var tracker = Tracker(Answer(10));
        var timer = Assert.Single(tracker.Project([new TicketOpened(Id, 1, At(0), Officer)], At(12)));
        Assert.Equal(Id, timer.AggregateId);
        Assert.Equal(SlaTimerState.Breached, timer.State);
        Assert.True(timer.IsOpen);
        Assert.Null(timer.MetAt);
    }
}
