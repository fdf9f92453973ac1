using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static PropertyService.HelpRequests.HelpRequestCommands;
using static PropertyService.HelpRequests.HelpRequestFixture;

namespace PropertyService.HelpRequests;

/// <summary><see cref="HelpRequest.FromEvents"/> accepts only histories the commands could have recorded.</summary>
public class HelpRequestHistoryTests
{
    private static readonly Actor[] People = [Officer, OtherOfficer, Supervisor, Manager, SiteManager, Technician, ResidentActor];

    private readonly HelpRequestFixture _f = new();

    [Fact]
    public void A_history_dated_backwards_is_refused_at_the_event_at_fault()
    {
        _f.InProgress();
        var events = _f.Events.ToList();
        events[2] = With(events[2], occurredAt: events[1].OccurredAt - Duration.FromMinutes(5));

        var error = Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents(events));

        Assert.Equal(3, error.Version);
        Assert.Equal("H-1", error.AggregateId);
        Assert.Contains("dated before the event before it", error.Message);
    }

    [Fact]
    public void A_step_the_workflow_does_not_permit_is_refused_HR06()
    {
        _f.WithContact(HelpKind.GeneralHelp);
        var events = _f.Events.Append(new HelpRequestClosed("H-1", 3, _f.Now, Officer)).ToList();

        var error = Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents(events));

        Assert.Equal(3, error.Version);
        Assert.Contains("Close is not possible while the request is ContactRecorded", error.Message);
    }

    [Fact]
    public void A_step_by_someone_the_guards_refuse_is_refused_HR06()
    {
        _f.InProgress();
        var events = _f.Events.Append(new HelpRequestAnswered("H-1", 4, _f.Now, OtherOfficer, "Yes", false)).ToList();

        var error = Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents(events));

        Assert.Equal(4, error.Version);
        Assert.Contains("requires that only the request's first-contact owner takes this step", error.Message);
    }

    [Fact]
    public void An_uncertain_answer_is_not_judged_again_on_replay_HR09()
    {
        var request = _f.Escalated(kind: HelpKind.OralInquiry);
        _f.Ok(request.Instruct(Supervisor, "2,000 yuan.", _f.Now));
        _f.Ok(request.Answer(Officer, "2,000 yuan.", _f.Now, isCertain: false));

        Assert.Equal(HelpRequestState.Handled, HelpRequest.FromEvents(_f.Events).State);
    }

    [Fact]
    public void A_second_receipt_or_a_history_without_one_is_refused()
    {
        _f.InProgress();
        var events = _f.Events.ToList();

        Assert.Equal(4, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. events, With(events[0], version: 4)])).Version);
        var noReceipt = Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents(events.Skip(1)));
        Assert.Equal(1, noReceipt.Version);
        Assert.Contains("starts with HelpRequestReceived", noReceipt.Message);
        Assert.Contains("at least one event", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([])).Message);
    }

    [Fact]
    public void A_receipt_no_officer_could_have_made_is_refused_HR06_HR08()
    {
        Assert.Equal(1, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([new HelpRequestReceived("H-1", 1, _f.Now, Supervisor, Site, HelpKind.GeneralHelp, false)])).Version);
        Assert.Contains("can be major", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([new HelpRequestReceived("H-1", 1, _f.Now, Officer, Site, HelpKind.GeneralHelp, true)])).Message);
        Assert.Contains("of site GZ-VK-02", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([new HelpRequestReceived("H-1", 1, _f.Now, ForeignOfficer, Site, HelpKind.GeneralHelp, false)])).Message);
        var nullEvent = Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([new HelpRequestReceived("H-1", 1, _f.Now, Officer, Site, HelpKind.GeneralHelp, false), null!]));
        Assert.Equal((2, "The history of H-1 is invalid at version 2: the event is null. (Parameter 'events')"), (nullEvent.Version, nullEvent.Message));
        Assert.Equal("The history is invalid at version 1: a help request's history starts with HelpRequestReceived, not null. (Parameter 'events')", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([null!])).Message);
        Assert.Equal("The history of H-1 is invalid at version 1: the request is received at site SZ-VK-01 by 外站客服 of site GZ-VK-02.", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([new HelpRequestReceived("H-1", 1, _f.Now, ForeignOfficer, Site, HelpKind.GeneralHelp, false)])).Message.Replace(" (Parameter 'events')", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Events_of_another_request_or_site_are_refused()
    {
        _f.InProgress();
        var events = _f.Events.ToList();

        var otherRequest = Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], With(events[1], aggregateId: "H-2"), events[2]]));
        var otherSite = Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], With(events[1], actor: ForeignOfficer), events[2]]));

        Assert.Equal(2, otherRequest.Version);
        Assert.Contains("belongs to H-2", otherRequest.Message);
        Assert.Equal(2, otherSite.Version);
    }

    [Fact]
    public void A_major_emergency_report_comes_with_its_contact_and_only_then_HR08()
    {
        var major = _f.WithContact(HelpKind.MedicalEmergency, isMajor: true);
        var events = _f.Events.ToList(); // received, contact, report

        Assert.Equal(3, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents(events.Take(2))).Version);
        Assert.Equal(3, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], events[1], new HelpRequestWishesRecorded("H-1", 3, _f.Now, Officer, "Help")])).Version);
        Assert.Equal(4, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. events, With(events[2], version: 4)])).Version);
        Assert.Equal(3, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], events[1], With(events[2], occurredAt: events[2].OccurredAt + Duration.FromMinutes(1))])).Version);
        Assert.Equal(3, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], events[1], new MajorEmergencyReported("H-1", 3, events[1].OccurredAt, Officer, Role.ServiceSupervisor, Location.CommonArea("Lobby"))])).Version);
        Assert.Equal(3, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], events[1], new MajorEmergencyReported("H-1", 3, events[1].OccurredAt, Officer, Role.ServiceManager, Address)])).Version);
        Assert.Equal(3, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], events[1], With(events[2], actor: Supervisor)])).Version);
        Assert.Contains("followed by its MajorEmergencyReported", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents(events.Take(2))).Message);
        Assert.Contains("not by HelpRequestWishesRecorded", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], events[1], new HelpRequestWishesRecorded("H-1", 3, _f.Now, Officer, "Help")])).Message);
        Assert.Contains("at the same time and by the same officer (HR-08).", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], events[1], With(events[2], actor: Supervisor)])).Message);
        Assert.True(HelpRequest.FromEvents(events).ReportedToSupervisor);

        var normal = new HelpRequestFixture();
        normal.WithContact(HelpKind.MedicalEmergency);
        var report = new MajorEmergencyReported("H-1", 3, normal.Now, Officer, Role.ServiceSupervisor, Address);
        Assert.Contains("only right after the contact of a major emergency", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. normal.Events, report])).Message);
        Assert.Equal(major.Version, HelpRequest.FromEvents(events).Version);
    }

    [Fact]
    public void Arguments_the_events_keep_are_checked_again_HR04_HR06()
    {
        var request = _f.InProgress();
        var events = _f.Events.ToList();
        var at = _f.Now;

        Assert.Contains("escalated to the service-center supervisor or manager", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. events, new HelpRequestEscalated("H-1", 4, at, Officer, Role.SiteManager, "?", null)])).Message);
        Assert.EndsWith("ownership passes from 李丽, but the owner is 王小明. (Parameter 'events')", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. events, new HelpRequestOwnershipTransferred("H-1", 4, at, Supervisor, OtherOfficer, Officer, "Handover")])).Message);
        Assert.Contains("not one", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. events, new HelpRequestOwnershipTransferred("H-1", 4, at, Officer, Officer, Technician, "Handover")])).Message);
        Assert.Contains("follows no instruction", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. events, new HelpRequestAnswered("H-1", 4, at, Officer, "Yes", true)])).Message);
        _f.Ok(request.Escalate(Officer, Role.ServiceSupervisor, "?", _f.Now));
        _f.Ok(request.Instruct(Supervisor, "Yes", _f.Now));
        Assert.Contains("does not say so", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. _f.Events, new HelpRequestAnswered("H-1", 6, _f.Now, Officer, "Yes", false)])).Message);
    }

    [Fact]
    public void Events_of_another_aggregate_type_are_refused()
    {
        _f.InProgress();
        var foreign = new Sla.SlaTestEvents.TicketAnswered("H-1", 4, _f.Now, Officer);

        Assert.Contains("cannot follow", Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([.. _f.Events, foreign])).Message);
    }

    public enum Perturbation
    {
        None,
        Swap,
        Duplicate,
        Drop,
        OtherRequest,
        OtherSite,
        TimeTravel,
    }

    public sealed record Case(HelpKind Kind, bool IsMajor, int[] Choices, Perturbation Perturbation, int At, int Other, int Minutes);

    private static readonly Gen<Case> Cases =
        from kind in Gen.Elements(Enum.GetValues<HelpKind>())
        from major in Gen.Elements(true, false)
        from length in Gen.Choose(0, 14)
        from choices in Gen.Choose(0, 1000).ArrayOf(length)
        from perturbation in Gen.Elements(Enum.GetValues<Perturbation>())
        from at in Gen.Choose(0, 20)
        from other in Gen.Choose(0, 20)
        from minutes in Gen.Choose(-3, 3)
        select new Case(kind, major && kind == HelpKind.MedicalEmergency, choices, perturbation, at, other, minutes);

    /// <summary>
    /// Histories cannot lie: a history recorded by commands, then reordered, duplicated, cut, given events of another request
    /// or site, or moved in time, is either refused or rebuilds a request that the same commands, re-enacted from its
    /// events, produce again (same state, owner, version and events).
    /// </summary>
    [Property(MaxTest = 400)]
    public Property Any_accepted_history_is_one_the_commands_record() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (original, events) = Record(c);
            var history = Perturb(events, c);
            HelpRequest rebuilt;
            try
            {
                rebuilt = HelpRequest.FromEvents(history);
            }
            catch (InvalidHistoryException e)
            {
                Assert.InRange(e.Version, 1, history.Count + 1);
                Assert.True(c.Perturbation != Perturbation.None, e.Message);
                return true;
            }

            var reenacted = Reenact(history, People);
            Assert.True(reenacted.IsSuccess, $"accepted but not recordable: {reenacted}");
            Assert.Equal(history, reenacted.Value.Events);
            Assert.Equal(history, rebuilt.Events);
            Assert.Equal(HelpRequestSnapshot.Of(reenacted.Value), HelpRequestSnapshot.Of(rebuilt));
            if (c.Perturbation == Perturbation.None)
            {
                Assert.Equal(HelpRequestSnapshot.Of(original), HelpRequestSnapshot.Of(rebuilt));
            }

            return true;
        });

    /// <summary>Records a history: at each step a random person takes a random one of the actions permitted to them.</summary>
    private static (HelpRequest Request, List<DomainEvent> Events) Record(Case c)
    {
        var f = new HelpRequestFixture();
        var request = f.Receive(c.Kind, c.IsMajor);
        foreach (var choice in c.Choices)
        {
            var actor = People[choice % People.Length];
            var permitted = request.PermittedActions(actor).Where(p => p.IsPermitted).ToList();
            if (permitted.Count == 0)
            {
                continue;
            }

            var action = permitted[(choice / People.Length) % permitted.Count].Action;
            var result = Run(request, action, actor, f.Now, certain: choice % 2 == 0, satisfaction: (Satisfaction)(choice % 3));
            if (result.IsSuccess)
            {
                f.Ok(result);
            }
        }

        return (request, f.Events);
    }

    private static List<DomainEvent> Perturb(List<DomainEvent> events, Case c)
    {
        var list = events.ToList();
        var i = c.At % list.Count;
        var j = c.Other % list.Count;
        switch (c.Perturbation)
        {
            case Perturbation.Swap:
                (list[i], list[j]) = (list[j], list[i]);
                return Renumber(list);
            case Perturbation.Duplicate:
                list.Insert(j, list[i]);
                return Renumber(list);
            case Perturbation.Drop when list.Count > 1:
                list.RemoveAt(i);
                return Renumber(list);
            case Perturbation.OtherRequest:
                list[i] = With(list[i], aggregateId: "H-9");
                return list;
            case Perturbation.OtherSite:
                list[i] = With(list[i], actor: ForeignOfficer);
                return list;
            case Perturbation.TimeTravel:
                list[i] = With(list[i], occurredAt: list[i].OccurredAt + Duration.FromMinutes(c.Minutes));
                return list;
            default:
                return list;
        }
    }

    // Versions are renumbered so that the workflow, not only the version check, must refuse a reordered history.
    private static List<DomainEvent> Renumber(List<DomainEvent> events) =>
        events.Select((e, k) => e.Version == k + 1 ? e : With(e, version: k + 1)).ToList();
}
