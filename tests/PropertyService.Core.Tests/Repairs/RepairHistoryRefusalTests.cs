using NodaTime;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

/// <summary>
/// Each way a history can be wrong is refused with the version at fault and a message that says what is wrong, in
/// the words of the rule it breaks; an auditor reads these messages.
/// </summary>
public class RepairHistoryRefusalTests
{
    private sealed record ForeignEvent(string AggregateId, int Version, Instant OccurredAt, Actor Actor) : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    private readonly RepairFixture _f = new();

    private static InvalidHistoryException Refused(IEnumerable<DomainEvent> events, string? id, int version, string reason)
    {
        var ex = Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents(events));
        Assert.Equal((id, version), (ex.AggregateId, ex.Version));
        Assert.Equal($"{(id is null ? "The history" : $"The history of {id}")} is invalid at version {version}: {reason} (Parameter 'events')", ex.Message);
        return ex;
    }

    [Fact]
    public void An_empty_history_is_refused()
    {
        Refused([], null, 0, "a repair ticket's history has at least its RepairReported event.");
    }

    [Fact]
    public void A_history_starts_with_its_report_at_version_1()
    {
        var t = _f.AwaitingCollection();
        Refused(t.Events.Skip(1), t.Id, 1, "a repair ticket's history starts with RepairReported, not WorkOrderIssued.");
        var late = new RepairReported(t.Id, 2, Start, Officer, Request("S-01"), Site, LogBook.ContactRegister);
        Refused([late], t.Id, 1, "expected version 1 but RepairReported has version 2.");
    }

    [Fact]
    public void A_report_that_Report_would_not_record_is_refused()
    {
        const string reason = "the report is not one Report would record (site, channel or category).";
        Refused([new RepairReported("RT-1", 1, Start, Officer, Request("S-01"), new SiteId("GZ-02"), LogBook.ContactRegister)], "RT-1", 1, reason);
        Refused([new RepairReported("RT-1", 1, Start, Officer, new RepairRequest((RepairChannel)9, Owner, Owner.Phone, Unit, RepairCategory.Unit, "drips"), Site, LogBook.ContactRegister)], "RT-1", 1, reason);
        Refused([new RepairReported("RT-1", 1, Start, Officer, new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, (RepairCategory)9, "drips"), Site, LogBook.ContactRegister)], "RT-1", 1, reason);
        Refused([new RepairReported("RT-1", 1, Start, Officer, Request("S-01"), Site, LogBook.NightDutyLog)], "RT-1", 1,
            "The night duty log is kept by the night-duty technician, who fixes or defers what it records; 王客服 is not a technician.");
        Refused([new RepairReported("RT-1", 1, Start, Officer, Request("S-01") with { FeeItemCodes = [""] }, Site, LogBook.ContactRegister)], "RT-1", 1,
            "A fee-schedule item code cannot be blank.");
    }

    [Fact]
    public void An_event_of_another_kind_is_refused()
    {
        var t = _f.AwaitingCollection();
        Refused([.. t.Events, new ForeignEvent(t.Id, 4, _f.Now, Officer)], t.Id, 4, "ForeignEvent is not a repair-ticket event.");
    }

    [Fact]
    public void A_dissatisfied_follow_up_is_followed_by_its_reopening()
    {
        var t = _f.SignedOff();
        var followedUp = new RepairFollowedUp(t.Id, t.Version + 1, _f.Now, Officer, Satisfaction.Dissatisfied, "still drips");
        var notified = new EngineeringNotified(t.Id, t.Version + 2, _f.Now, Officer);
        Refused([.. t.Events, followedUp, notified], t.Id, t.Version + 2, "a dissatisfied follow-up is followed by RepairReopened, not EngineeringNotified.");
        Refused([.. t.Events, followedUp], t.Id, t.Version + 2, "the history ends between a dissatisfied follow-up and its RepairReopened.");
    }

    [Fact]
    public void A_forged_answer_names_the_rule_and_field_it_breaks_RP14_RP16()
    {
        var stranger = new Resident("路人", ContactPhone.Parse("13700000000"), isOwner: true) { Id = "R9" };

        var done = _f.WorkCompleted();
        Refused([.. done.Events, new WorkSignedOff(done.Id, done.Version + 1, _f.Now, ResidentActor, stranger)], done.Id, done.Version + 1,
            "[RP-16] repair.not-ticket-resident (SignedBy): 路人 is not this ticket's resident or a recorded owner of the unit.");

        var quoted = _f.AwaitingDecision();
        var quote = quoted.PendingQuote!;
        Refused([.. quoted.Events, new QuoteAccepted(quoted.Id, quoted.Version + 1, _f.Now, Officer, AssessmentPurpose.Repair, quote, stranger, QuoteAnswerChannel.Phone)],
            quoted.Id, quoted.Version + 1, "[RP-14] repair.not-ticket-resident (Owner): 路人 is not this ticket's resident or a recorded owner of the unit.");
        Refused([.. quoted.Events, new QuoteDeclined(quoted.Id, quoted.Version + 1, _f.Now, Officer, AssessmentPurpose.Repair, quote, stranger, QuoteAnswerChannel.Phone, null)],
            quoted.Id, quoted.Version + 1, "[RP-14] repair.not-ticket-resident (Owner): 路人 is not this ticket's resident or a recorded owner of the unit.");
    }

    [Fact]
    public void An_event_recorded_by_someone_without_the_actions_role_is_refused_even_when_the_state_permits_it_RP09()
    {
        var t = _f.Report();
        var issued = (WorkOrderIssued)_f.AwaitingCollection().Events[1];
        var byTechnician = new WorkOrderIssued(t.Id, 2, _f.Now, Technician, issued.WorkOrder);
        Refused([.. t.Events, byTechnician], t.Id, 2, "IssueWorkOrder is for Officer; 周师傅 holds Technician.");
    }
}
