using System.Collections.Concurrent;
using NodaTime;
using PropertyService.Fees;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

/// <summary>
/// A ticket as evidence: forged signatures, impossible histories, collaborators that throw, outside changes to
/// what it hands out, and a second thread are all refused or detected, and leave the ticket as it was.
/// </summary>
public class RepairTicketTrustTests
{
    private readonly RepairFixture _f = new();

    // ------------------------------------------------------------ residents act only on their own repairs

    [Fact]
    public void Another_resident_cannot_sign_off_someone_elses_repair_RP16()
    {
        var t = _f.WorkCompleted();
        var stranger = new Actor("R9", "路人", Site, Role.Resident);
        var strangerAsOwner = new Resident("路人", ContactPhone.Parse("13700000000"), isOwner: true) { Id = "R9" };

        var r = Rejected(t.SignOff(stranger, strangerAsOwner, _f.Now));
        Assert.Equal(("repair.not-ticket-resident", "RP-16", "Actor"), (r.Code, r.RuleId, r.Field));
        Assert.Equal("The actor is the ticket's resident or a recorded owner of the unit, acting for themselves.", r.Message);
        Assert.Equal(("repair.not-ticket-resident", "SignedBy"), (Rejected(t.SignOff(ResidentActor, strangerAsOwner, _f.Now)).Code, Rejected(t.SignOff(ResidentActor, strangerAsOwner, _f.Now)).Field));
        Assert.Equal(RepairState.WorkCompleted, t.State);
        Assert.Null(t.SignedOffBy);
    }

    [Fact]
    public void A_resident_signs_only_for_themselves_RP16()
    {
        var t = _f.WorkCompleted(TenantReports);
        var r = Rejected(t.SignOff(TenantActor, Owner, _f.Now));
        Assert.Equal(("repair.not-ticket-resident", "SignedBy"), (r.Code, r.Field));
        Assert.Equal("陈先生 acts only for themselves, not for 陈女士.", r.Message);
    }

    [Fact]
    public void A_recorded_owner_of_the_unit_signs_off_a_tenants_repair_RP16()
    {
        var t = _f.WorkCompleted(TenantReports);
        var e = Assert.IsType<WorkSignedOff>(Assert.Single(Ok(t.SignOff(ResidentActor, Owner, _f.Now))));
        Assert.Equal(Owner, e.SignedBy);
    }

    [Fact]
    public void Staff_cannot_act_as_the_resident_even_holding_the_resident_role_RP16()
    {
        var t = _f.WorkCompleted();
        var officerWhoLivesThere = new Actor("R1", "陈女士", Site, Role.Resident, Role.Officer);
        var r = Rejected(t.SignOff(officerWhoLivesThere, Owner, _f.Now));
        Assert.Equal(("repair.not-ticket-resident", "RP-16"), (r.Code, r.RuleId));
    }

    [Fact]
    public void Another_resident_cannot_accept_or_decline_a_quote_RP14()
    {
        var t = _f.AwaitingDecision();
        var stranger = new Actor("R9", "路人", Site, Role.Resident);
        Assert.Equal("repair.not-ticket-resident", Rejected(t.AcceptQuote(stranger, Owner, QuoteAnswerChannel.App, _f.Now)).Code);
        Assert.Equal("repair.not-ticket-resident", Rejected(t.DeclineQuote(stranger, Owner, QuoteAnswerChannel.App, null, _f.Now)).Code);
        var fake = new Resident("假业主", ContactPhone.Parse("13700000000"), isOwner: true);
        Assert.Equal(("repair.not-ticket-resident", "Owner"), Pair(Rejected(t.AcceptQuote(Officer, fake, QuoteAnswerChannel.Phone, _f.Now))));
        Assert.Equal(RepairState.AwaitingResidentDecision, t.State);
        Ok(t.AcceptQuote(ResidentActor, Owner, QuoteAnswerChannel.App, _f.Now));
    }

    [Fact]
    public void An_app_report_is_for_the_reporting_residents_own_repair_CS13()
    {
        var someoneElse = new Resident("别人", ContactPhone.Parse("13700000000"), isOwner: true) { Id = "R9" };
        var app = new RepairRequest(RepairChannel.App, someoneElse, someoneElse.Phone, Unit, RepairCategory.Unit, "Tap drips");
        var r = RepairTicket.Report("RT-A", app, ResidentActor, _f.Now).Rejection!;
        Assert.Equal(("repair.not-ticket-resident", "CS-13", "Resident"), (r.Code, r.RuleId, r.Field));

        var mine = new RepairRequest(RepairChannel.App, Owner, Owner.Phone, Unit, RepairCategory.Unit, "Tap drips");
        Assert.True(RepairTicket.Report("RT-B", mine, ResidentActor, _f.Now).IsSuccess);
    }

    [Fact]
    public void A_service_manager_may_override_a_sign_off_as_the_supervisor_may_RP16()
    {
        var t = _f.WorkCompleted();
        Assert.Null(t.WhyNot(ServiceManager, RepairAction.OverrideSignOff));
        Ok(t.OverrideSignOff(ServiceManager, SignOffOverrideReason.ResidentUnreachable, "No answer for three days", _f.Now));
        Assert.Equal(RepairState.SignedOff, t.State);
        var r = Rejected(_f.WorkCompleted().OverrideSignOff(SiteManager, SignOffOverrideReason.ResidentUnreachable, "x", _f.Now));
        Assert.Equal("OverrideSignOff is for ServiceSupervisor or ServiceManager; 钱经理 holds SiteManager.", r.Message);
    }

    // ------------------------------------------------------------ histories that cannot lie

    [Fact]
    public void A_sign_off_without_work_cannot_be_loaded_RP16()
    {
        var t = _f.ReadyToAssign();
        var forged = new WorkSignedOff(t.Id, t.Version + 1, _f.Now, ResidentActor, Owner);
        var ex = Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([.. t.Events, forged]));
        Assert.Equal(t.Version + 1, ex.Version);
        Assert.Equal(t.Id, ex.AggregateId);
        Assert.Contains("SignOff is not possible while the ticket is ReadyToAssign", ex.Message);
    }

    [Fact]
    public void A_second_report_that_changes_the_site_cannot_be_loaded()
    {
        var t = _f.AwaitingCollection();
        var other = new Actor("X1", "外站", new SiteId("GZ-02"), Role.Officer);
        var second = new RepairReported(t.Id, t.Version + 1, _f.Now, other, Request("S-01"), other.Site, LogBook.ContactRegister);
        var ex = Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([.. t.Events, second]));
        Assert.Equal(4, ex.Version);

        Assert.Contains("recorded by 外站 of site GZ-02", ex.Message);

        var sameSite = new RepairReported(t.Id, t.Version + 1, _f.Now, Officer, Request("S-01"), Site, LogBook.ContactRegister);
        var again = Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([.. t.Events, sameSite]));
        Assert.Equal("The history of " + t.Id + " is invalid at version 4: a ticket has exactly one RepairReported, first. (Parameter 'events')", again.Message);
    }

    [Fact]
    public void Times_going_backwards_cannot_be_loaded()
    {
        var t = _f.AwaitingCollection();
        var early = new EngineeringNotified(t.Id, 3, t.Events[1].OccurredAt - Duration.FromMinutes(5), Officer);
        var ex = Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([t.Events[0], t.Events[1], early]));
        Assert.Equal(3, ex.Version);
        Assert.Contains("is dated before the event before it", ex.Message);
    }

    [Fact]
    public void A_forged_sign_off_by_another_resident_cannot_be_loaded_RP16()
    {
        var t = _f.WorkCompleted();
        var stranger = new Actor("R9", "路人", Site, Role.Resident);
        var forged = new WorkSignedOff(t.Id, t.Version + 1, _f.Now, stranger, new Resident("路人", ContactPhone.Parse("13700000000"), true) { Id = "R9" });
        var ex = Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([.. t.Events, forged]));
        Assert.Contains("the actor is the ticket's resident", ex.Message);
    }

    [Fact]
    public void A_reopen_without_a_dissatisfied_follow_up_cannot_be_loaded()
    {
        var t = _f.SignedOff();
        var reopened = new RepairReopened(t.Id, t.Version + 1, _f.Now, Officer, "why not");
        Assert.Contains("follows only a dissatisfied follow-up", Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([.. t.Events, reopened])).Message);
        var followedUp = new RepairFollowedUp(t.Id, t.Version + 1, _f.Now, Officer, Satisfaction.Dissatisfied, "still drips");
        Assert.Contains("ends between a dissatisfied follow-up", Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([.. t.Events, followedUp])).Message);
    }

    [Fact]
    public void After_loading_a_command_dated_before_the_last_event_is_refused()
    {
        var t = _f.AwaitingCollection();
        var loaded = RepairTicket.FromEvents(t.Events);
        var r = Rejected(loaded.Collect(Technician, loaded.CreateQuoteRequest(Zone), _f.Fees, t.Events[0].OccurredAt - Duration.FromMinutes(1)));
        Assert.Equal(("repair.time-before-last-event", "At"), (r.Code, r.Field));
    }

    // ------------------------------------------------------------ a command that throws changes nothing

    [Fact]
    public void A_throwing_number_source_leaves_the_ticket_as_it_was_RP09()
    {
        var t = _f.Report();
        Assert.Throws<InvalidOperationException>(() => t.IssueWorkOrder(Officer, new ThrowingNumbers(), _f.Now));
        Assert.Equal((RepairState.Reported, 1), (t.State, t.Version));
        Assert.Null(t.WorkOrder);
        Assert.Equal("repair.not-allowed-now", Rejected(t.NotifyEngineering(Officer, _f.Now)).Code);
        Ok(t.IssueWorkOrder(Officer, _f.Numbers, _f.Now));
    }

    [Fact]
    public void A_throwing_fee_evaluator_leaves_the_ticket_as_it_was_RP10()
    {
        var t = _f.AwaitingCollection();
        Assert.Throws<InvalidOperationException>(() => t.Collect(Technician, t.CreateQuoteRequest(Zone), new ThrowingFees(), _f.Now));
        Assert.Equal((RepairState.AwaitingCollection, 3), (t.State, t.Version));
        Assert.Null(t.QuoteRequest);
        _f.Collect(t);
        Assert.Equal(RepairState.ReadyToAssign, t.State);
    }

    // ------------------------------------------------------------ what is handed out is read-only

    [Fact]
    public void Events_and_accepted_quotes_cannot_be_changed_from_outside()
    {
        var t = _f.AwaitingDecision();
        Ok(t.AcceptQuote(Officer, Owner, QuoteAnswerChannel.Phone, _f.Now));
        Assert.Null(t.Events as List<DomainEvent>);
        Assert.Null(t.AcceptedQuotes as List<Quote>);
        Assert.Throws<NotSupportedException>(() => ((IList<DomainEvent>)t.Events).Add(t.Events[0]));
        Assert.Throws<NotSupportedException>(() => ((IList<Quote>)t.AcceptedQuotes).Clear());
        var result = t.Assign(EngineeringSupervisor, Technician, _f.Now).Value;
        Assert.Throws<NotSupportedException>(() => ((IList<DomainEvent>)result)[0] = t.Events[0]);
    }

    // ------------------------------------------------------------ concurrent use is detected

    [Fact]
    public void Concurrent_use_from_eight_threads_is_detected_never_silent()
    {
        for (var round = 0; round < 20; round++)
        {
            var t = _f.WorkCompleted();
            var start = t.Version;
            var detected = 0;
            var succeeded = new ConcurrentBag<IReadOnlyList<DomainEvent>>();
            using var go = new ManualResetEventSlim();
            var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
            {
                go.Wait();
                for (var k = 0; k < 50; k++)
                {
                    try
                    {
                        var r = (i + k) % 2 == 0 ? t.RejectWork(ResidentActor, Owner, "again", _f.Now) : t.CompleteWork(Technician, null, _f.Now);
                        if (r.IsSuccess)
                        {
                            succeeded.Add(r.Value);
                        }
                    }
                    catch (InvalidOperationException ex) when (ex.Message.Contains("single-threaded"))
                    {
                        Interlocked.Increment(ref detected);
                    }
                }
            })).ToList();
            threads.ForEach(th => th.Start());
            go.Set();
            threads.ForEach(th => th.Join());

            // Whatever interleaving happened, the record is whole: dense versions, every success recorded once.
            Assert.Equal(start + succeeded.Sum(s => s.Count), t.Version);
            Assert.Equal(Enumerable.Range(1, t.Version), t.Events.Select(e => e.Version));
            var rebuilt = RepairTicket.FromEvents(t.Events);
            Assert.Equal((t.State, t.Version), (rebuilt.State, rebuilt.Version));
        }
    }

    // ------------------------------------------------------------ programmer errors throw

    [Fact]
    public void Undefined_enum_values_are_programmer_errors()
    {
        var t = _f.OnSite(Request("S-01") with { ResidentSuppliesMaterials = true });
        Assert.Throws<ArgumentOutOfRangeException>(() => t.CheckMaterials(Technician, (MaterialCheckResult)9, null, _f.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepairTicket.Report("RT-X", new RepairRequest((RepairChannel)9, Owner, Owner.Phone, Unit, RepairCategory.Unit, "x"), Officer, _f.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepairTicket.Report("RT-X", new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, (RepairCategory)99, "x"), Officer, _f.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => _f.SignedOff().FollowUp(Officer, (Satisfaction)7, null, _f.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => _f.WorkCompleted().OverrideSignOff(ServiceSupervisor, (SignOffOverrideReason)7, "x", _f.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => _f.AwaitingDecision().AcceptQuote(Officer, Owner, (QuoteAnswerChannel)7, _f.Now));
    }

    // ------------------------------------------------------------ a night fix can be priced (CS-14)

    [Fact]
    public void A_night_fix_that_names_schedule_items_is_priced_like_any_repair_CS14()
    {
        var t = _f.LoggedAtNight();
        var e = Assert.IsType<RepairFixedAtNight>(Assert.Single(Ok(t.FixAtNight(Technician, "Washer replaced", t.CreateQuoteRequest(Zone), _f.Fees, _f.Now))));
        Assert.NotNull(e.Quote);
        Assert.Equal(e.Quote, t.NightFixQuote);
        Assert.Equal(e.Quote!.TotalFor(Payer.Resident), t.ResidentOwes);
        Assert.True(t.ResidentOwes > Money.Zero());
        Assert.Equal(t.ResidentOwes, RepairTicket.FromEvents(t.Events).ResidentOwes);
    }

    [Fact]
    public void A_night_fix_outside_the_schedule_cannot_be_priced_at_night_RP14()
    {
        var t = _f.LoggedAtNight();
        var r = Rejected(t.FixAtNight(Technician, null, t.CreateQuoteRequest(Zone, [new QuoteRequestItem("X-99")]), _f.Fees, _f.Now));
        Assert.Equal(("repair.night-fix-needs-assessment", "RP-14"), (r.Code, r.RuleId));
        Assert.Equal(RepairState.LoggedAtNight, t.State);
        Ok(t.FixAtNight(Technician, null, _f.Now));
        Assert.Equal(Money.Zero(), t.ResidentOwes);
    }

    private static (string, string?) Pair(Rejection r) => (r.Code, r.Field);

    private sealed class ThrowingNumbers : IWorkOrderNumberSource
    {
        public string Next(SiteId site) => throw new InvalidOperationException("number service down");
    }

    private sealed class ThrowingFees : IFeeEvaluator
    {
        public FeeEvaluation Evaluate(QuoteRequest request) => throw new InvalidOperationException("fee service down");

        public FeeEvaluation Assess(FeeAssessment assessment) => throw new InvalidOperationException("fee service down");
    }
}
