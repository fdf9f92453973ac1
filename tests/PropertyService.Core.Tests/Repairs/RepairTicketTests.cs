using NodaTime;
using PropertyService.Fees;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

public class RepairTicketTests
{
    private readonly RepairFixture _f = new();

    // ------------------------------------------------------------ report (RP-02, RP-04..RP-09, CS-13, CS-14)

    [Fact]
    public void Report_records_the_repair_log_entry_RP08()
    {
        var request = Request("S-01") with { ResidentSuppliesMaterials = true, PermissionToEnter = true, AccessNotes = "Key with neighbour" };
        var at = _f.Now;
        var ticket = RepairTicket.Report("RT-1", request, Officer, at).Value.Aggregate;

        var reported = Assert.IsType<RepairReported>(Assert.Single(ticket.Events));
        Assert.Equal(1, reported.Version);
        Assert.Equal(at, reported.OccurredAt);
        Assert.Same(Officer, reported.Actor);
        Assert.Same(request, reported.Request);
        Assert.Equal(RepairChannel.Call, reported.Channel);
        Assert.Equal(RepairState.Reported, ticket.State);
        Assert.Equal(Site, ticket.Site);
        Assert.Equal(MaterialsStatus.AwaitingCheck, ticket.Materials);
    }

    [Fact]
    public void Report_needs_a_description_RP08()
    {
        var r = RepairTicket.Report("RT-1", new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, RepairCategory.Unit, " "), Officer, _f.Now);
        Assert.Equal(("repair.description-required", "RP-08", "Description"), (r.Rejection!.Code, r.Rejection.RuleId, r.Rejection.Field));
    }

    [Fact]
    public void Work_order_needs_a_contact_phone_RP09()
    {
        var r = RepairTicket.Report("RT-1", new RepairRequest(RepairChannel.Call, Owner, default, Unit, RepairCategory.Unit, "Tap drips"), Officer, _f.Now);
        Assert.Equal(("repair.contact-phone-required", "RP-09", "ContactPhone"), (r.Rejection!.Code, r.Rejection.RuleId, r.Rejection.Field));
    }

    [Fact]
    public void Work_order_needs_a_location_RP09()
    {
        var r = RepairTicket.Report("RT-1", new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, null, RepairCategory.Unit, "Tap drips"), Officer, _f.Now);
        Assert.Equal(("repair.location-required", "RP-09", "Location"), (r.Rejection!.Code, r.Rejection.RuleId, r.Rejection.Field));
    }

    [Fact]
    public void Unit_repair_needs_the_resident_RP04()
    {
        var r = RepairTicket.Report("RT-1", new RepairRequest(RepairChannel.Call, null, Owner.Phone, Unit, RepairCategory.Unit, "Tap drips"), Officer, _f.Now);
        Assert.Equal(("repair.resident-required", "RP-04"), (r.Rejection!.Code, r.Rejection.RuleId));
    }

    [Fact]
    public void Common_area_repairs_are_accepted_without_a_resident_RP02_RP06()
    {
        var request = new RepairRequest(RepairChannel.Visit, null, ContactPhone.Parse("0755-12345678"), Location.CommonArea("Building 3 lift lobby"), RepairCategory.CommonArea, "Lamp out");
        var ticket = RepairTicket.Report("RT-1", request, Officer, _f.Now).Value.Aggregate;
        Assert.Equal(RepairState.Reported, ticket.State);
    }

    [Theory]
    [InlineData(RepairCategory.Unit)]
    [InlineData(RepairCategory.Water)]
    [InlineData(RepairCategory.Power)]
    [InlineData(RepairCategory.Gas)]
    [InlineData(RepairCategory.CommonArea)]
    [InlineData(RepairCategory.SpecialRequest)]
    public void Every_category_is_recorded_RP04_RP05_RP06_RP07(RepairCategory category)
    {
        var ticket = RepairTicket.Report("RT-1", new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, category, "Broken"), Officer, _f.Now).Value.Aggregate;
        Assert.Equal(category, ticket.Request.Category);
        Assert.Equal(category, ticket.CreateQuoteRequest(Zone).Category);
    }

    [Fact]
    public void Appointment_is_carried_by_the_report_event_RP13()
    {
        var appointment = _f.Now + Duration.FromHours(3);
        var ticket = _f.Report(Request("S-01") with { Appointment = appointment });
        Assert.Equal(appointment, ((RepairReported)ticket.Events[0]).Appointment);
    }

    [Fact]
    public void Appointment_in_the_past_is_rejected_RP13()
    {
        var at = _f.Now;
        var r = RepairTicket.Report("RT-1", Request("S-01") with { Appointment = at - Duration.FromHours(1) }, Officer, at);
        Assert.Equal(("repair.appointment-in-past", "RP-13", "Appointment"), (r.Rejection!.Code, r.Rejection.RuleId, r.Rejection.Field));
    }

    [Fact]
    public void Officer_records_calls_and_visits_in_the_contact_register_CS13()
    {
        var ticket = _f.Report();
        Assert.Equal(LogBook.ContactRegister, ticket.LogBook);
        Assert.Null(ticket.NightTechnician);
    }

    [Fact]
    public void Resident_reports_only_through_the_app_CS13()
    {
        var byCall = RepairTicket.Report("RT-1", Request("S-01"), ResidentActor, _f.Now);
        Assert.Equal(("repair.channel-not-allowed", "CS-13"), (byCall.Rejection!.Code, byCall.Rejection.RuleId));

        var app = new RepairRequest(RepairChannel.App, Owner, Owner.Phone, Unit, RepairCategory.Unit, "Tap drips");
        var ticket = RepairTicket.Report("RT-3", app, ResidentActor, _f.Now).Value.Aggregate;
        Assert.Same(ResidentActor, ticket.ReportedBy);
        Assert.Equal(RepairState.Reported, ticket.State);
        Ok(ticket.IssueWorkOrder(Officer, _f.Numbers, _f.Now));
    }

    [Fact]
    public void Staff_do_not_report_on_the_app_channel_CS13()
    {
        var app = new RepairRequest(RepairChannel.App, Owner, Owner.Phone, Unit, RepairCategory.Unit, "Tap drips");
        Assert.Equal("repair.channel-not-allowed", RepairTicket.Report("RT-1", app, Officer, _f.Now).Rejection!.Code);
    }

    [Fact]
    public void Supervisors_and_managers_do_not_take_reports_CS13()
    {
        var r = RepairTicket.Report("RT-1", Request("S-01"), SiteManager, _f.Now);
        Assert.Equal(("repair.role-not-allowed", "CS-13", "Actor"), (r.Rejection!.Code, r.Rejection.RuleId, r.Rejection.Field));
    }

    // ------------------------------------------------------------ work order (RP-09, RP-10)

    [Fact]
    public void Work_order_has_a_site_unique_number_and_three_copies_RP09()
    {
        var a = _f.Report();
        var b = _f.Report();
        var ea = Assert.IsType<WorkOrderIssued>(Assert.Single(Ok(a.IssueWorkOrder(Officer, _f.Numbers, _f.Now))));
        Ok(b.IssueWorkOrder(Officer, _f.Numbers, _f.Now));

        Assert.NotEqual(a.WorkOrder!.Number, b.WorkOrder!.Number);
        Assert.Equal(3, WorkOrder.CopyCount);
        Assert.All([1, 2, 3], copy => Assert.Equal(WorkOrderCopyHolder.ServiceCenter, ea.WorkOrder.HolderOf(copy)));
        Assert.Equal(RepairState.WorkOrderIssued, a.State);
    }

    [Fact]
    public void Only_an_officer_issues_the_work_order_and_a_refusal_takes_no_number_RP09()
    {
        var t = _f.Report();
        var rejection = Rejected(t.IssueWorkOrder(Technician, _f.Numbers, _f.Now));
        Assert.Equal(("repair.role-not-allowed", "RP-09", "Actor"), (rejection.Code, rejection.RuleId, rejection.Field));
        Ok(t.IssueWorkOrder(Officer, _f.Numbers, _f.Now));
        Assert.Equal("WO-000001", t.WorkOrder!.Number);
    }

    [Fact]
    public void Engineering_is_notified_after_the_work_order_RP09()
    {
        var t = _f.Report();
        Assert.Equal("repair.not-allowed-now", Rejected(t.NotifyEngineering(Officer, _f.Now)).Code);
        Ok(t.IssueWorkOrder(Officer, _f.Numbers, _f.Now));
        Assert.IsType<EngineeringNotified>(Assert.Single(Ok(t.NotifyEngineering(Officer, _f.Now))));
        Assert.Equal(RepairState.AwaitingCollection, t.State);
    }

    [Fact]
    public void Collecting_moves_copies_two_and_three_to_engineering_RP10()
    {
        var t = _f.AwaitingCollection();
        var e = Assert.IsType<WorkOrderCollected>(Assert.Single(Ok(t.Collect(Technician, t.CreateQuoteRequest(Zone), _f.Fees, _f.Now))));
        Assert.Same(Technician, e.Actor);
        Assert.Equal(WorkOrderCopyHolder.ServiceCenter, t.WorkOrder!.HolderOf(1));
        Assert.Equal(WorkOrderCopyHolder.Engineering, t.WorkOrder.HolderOf(2));
        Assert.Equal(WorkOrderCopyHolder.Engineering, t.WorkOrder.HolderOf(3));
    }

    [Fact]
    public void Only_engineering_collects_the_work_order_RP10()
    {
        var t = _f.AwaitingCollection();
        Assert.Equal("RP-10", Rejected(t.Collect(Officer, t.CreateQuoteRequest(Zone), _f.Fees, _f.Now)).RuleId);
        Assert.Equal(0, _f.Fees.EvaluateCalls);
    }

    [Fact]
    public void Collected_quote_request_must_be_the_tickets_RP10()
    {
        var t = _f.AwaitingCollection();
        var other = new QuoteRequest(Site, RepairCategory.Gas, new LocalDate(2026, 11, 27), [new QuoteRequestItem("S-01")]);
        Assert.Equal("repair.quote-request-mismatch", Rejected(t.Collect(EngineeringSupervisor, other, _f.Fees, _f.Now)).Code);
    }

    // ------------------------------------------------------------ fee paths (RP-12..RP-14, CS-03, CS-08)

    [Fact]
    public void Scheduled_repair_is_ready_to_assign_at_the_schedule_price_RP12()
    {
        var t = _f.ReadyToAssign(Request("S-01", "S-02"));
        var collected = (WorkOrderCollected)t.Events[^1];
        Assert.False(collected.RequiresAssessment);
        Assert.Same(t.ScheduleQuote, collected.ScheduleQuote);
        Assert.Equal(Money.Yuan(60), t.ResidentOwes);
    }

    [Fact]
    public void Unscheduled_repair_goes_to_assessment_RP14()
    {
        var t = _f.AwaitingCollection(Request("S-01", "X-99"));
        _f.Collect(t);
        Assert.Equal(RepairState.AwaitingAssessment, t.State);
        Assert.True(((WorkOrderCollected)t.Events[^1]).RequiresAssessment);
        Assert.Equal(Money.Zero(), t.ResidentOwes);
    }

    [Fact]
    public void Report_without_items_is_sent_to_assessment_at_collection_RP14()
    {
        var t = _f.AwaitingCollection(Request());
        _f.Collect(t);
        Assert.Equal(RepairState.AwaitingAssessment, t.State);
        Assert.Equal(0, _f.Fees.EvaluateCalls);
    }

    [Fact]
    public void Collector_names_schedule_items_for_a_report_without_items_RP12()
    {
        var t = _f.AwaitingCollection(Request());
        Ok(t.Collect(Technician, t.CreateQuoteRequest(Zone, [new QuoteRequestItem("S-07")]), _f.Fees, _f.Now));
        Assert.Equal(RepairState.ReadyToAssign, t.State);
    }

    [Fact]
    public void Only_the_engineering_supervisor_assesses_RP14()
    {
        var t = _f.AwaitingAssessment();
        Assert.Equal(("repair.role-not-allowed", "RP-14"), (Rejected(t.Assess(Technician, Lines(), _f.Fees, _f.Now)).Code, "RP-14"));
        Assert.Equal("RP-14", Rejected(t.AssessNotFeasible(Officer, "no", _f.Now)).RuleId);
    }

    [Fact]
    public void Accepted_assessed_quote_is_what_the_resident_owes_RP14_CS03_CS08()
    {
        var t = _f.AwaitingDecision();
        Assert.Equal(RepairState.AwaitingResidentDecision, t.State);
        Assert.True(t.PendingQuote!.IsAssessed);
        Assert.Equal(Money.Zero(), t.ResidentOwes); // a pending quote is owed by nobody

        var accepted = Assert.IsType<QuoteAccepted>(Assert.Single(Ok(t.AcceptQuote(ResidentActor, Owner, QuoteAnswerChannel.InPerson, _f.Now))));
        Assert.Equal(AssessmentPurpose.Repair, accepted.Purpose);
        Assert.Same(accepted.Quote, t.AcceptedQuote);
        Assert.Equal(RepairState.ReadyToAssign, t.State);
        Assert.Equal(Money.Yuan(120), t.ResidentOwes);
    }

    [Fact]
    public void Officer_records_the_owners_answer_and_how_it_was_given_RP14()
    {
        var t = _f.AwaitingDecision();
        var e = (QuoteAccepted)Ok(t.AcceptQuote(Officer, Owner, QuoteAnswerChannel.Phone, _f.Now))[0];
        Assert.Equal(QuoteAnswerChannel.Phone, e.AnsweredBy);
        Assert.Same(Officer, e.Actor);
    }

    [Fact]
    public void Only_the_owner_accepts_a_quote_RP14()
    {
        var t = _f.AwaitingDecision(TenantReports);
        var r = Rejected(t.AcceptQuote(TenantActor, Tenant, QuoteAnswerChannel.InPerson, _f.Now));
        Assert.Equal(("repair.owner-required", "RP-14", "Owner"), (r.Code, r.RuleId, r.Field));
        Assert.Equal("陈先生 is not the owner; only the owner (or an authorised agent) accepts a fee or signs off work.", r.Message);
        Assert.Equal("RP-14", Rejected(t.AcceptQuote(Technician, Owner, QuoteAnswerChannel.InPerson, _f.Now)).RuleId);
    }

    [Fact]
    public void Declined_quote_ends_without_work_RP14()
    {
        var t = _f.AwaitingDecision();
        Ok(t.DeclineQuote(Officer, Owner, QuoteAnswerChannel.Phone, "Too expensive", _f.Now));
        Assert.Equal(RepairState.ClosedWithoutWork, t.State);
        Assert.Equal(Money.Zero(), t.ResidentOwes);
        Assert.All(t.PermittedActions(Officer), a => Assert.False(a.IsPermitted));
    }

    [Fact]
    public void Not_feasible_ends_without_work_with_the_reason_RP14()
    {
        var t = _f.AwaitingAssessment();
        Assert.Equal(("repair.reason-required", "RP-14"), (Rejected(t.AssessNotFeasible(EngineeringSupervisor, " ", _f.Now)).Code, "RP-14"));
        var e = (RepairNotFeasible)Ok(t.AssessNotFeasible(EngineeringSupervisor, "Load-bearing wall", _f.Now))[0];
        Assert.Equal("Load-bearing wall", e.Reason);
        Assert.Equal(RepairState.ClosedWithoutWork, t.State);
    }

    [Fact]
    public void Extra_work_goes_to_assessment_and_the_owners_decision_before_it_is_done_RP14()
    {
        var t = _f.OnSite();
        Ok(t.ReportExtraWork(Technician, "Valve also corroded", _f.Now));
        Assert.Equal(RepairState.AwaitingAssessment, t.State);
        Assert.Equal("repair.not-allowed-now", Rejected(t.CompleteWork(Technician, null, _f.Now)).Code);
        Assert.Equal("repair.work-started", Rejected(t.Cancel(Officer, "changed mind", _f.Now)).Code);

        var assessed = (RepairAssessed)Ok(t.Assess(EngineeringSupervisor, Lines(80), _f.Fees, _f.Now))[0];
        Assert.Equal(AssessmentPurpose.ExtraWork, assessed.Purpose);
        Ok(t.AcceptQuote(ResidentActor, Owner, QuoteAnswerChannel.InPerson, _f.Now));
        Assert.Equal(RepairState.OnSite, t.State);
        Assert.Equal(Money.Yuan(30 + 80), t.ResidentOwes);
        Ok(t.CompleteWork(Technician, null, _f.Now));
    }

    [Fact]
    public void Declined_or_infeasible_extra_work_lets_the_quoted_work_go_on_RP14()
    {
        var t = _f.OnSite();
        Ok(t.ReportExtraWork(Technician, "Valve also corroded", _f.Now));
        Ok(t.Assess(EngineeringSupervisor, Lines(80), _f.Fees, _f.Now));
        Ok(t.DeclineQuote(ResidentActor, Owner, QuoteAnswerChannel.InPerson, null, _f.Now));
        Assert.Equal(RepairState.OnSite, t.State);
        Assert.Equal(Money.Yuan(30), t.ResidentOwes);

        Ok(t.ReportExtraWork(Technician, "Tiles cracked", _f.Now));
        Ok(t.AssessNotFeasible(EngineeringSupervisor, "Tiles discontinued", _f.Now));
        Assert.Equal(RepairState.OnSite, t.State);
    }

    [Fact]
    public void Common_area_schedule_price_costs_the_resident_nothing_RP06_CS08()
    {
        var request = new RepairRequest(RepairChannel.Call, null, Owner.Phone, Location.CommonArea("Garage B2"), RepairCategory.CommonArea, "Lamp out") { FeeItemCodes = ["S-09"] };
        var t = _f.ReadyToAssign(request);
        Assert.NotNull(t.ScheduleQuote);
        Assert.Equal(Money.Zero(), t.ResidentOwes);
    }

    // ------------------------------------------------------------ assignment and arrival (RP-11..RP-13)

    [Fact]
    public void Assignee_must_hold_the_technician_role_RP11()
    {
        var t = _f.ReadyToAssign();
        var r = Rejected(t.Assign(EngineeringSupervisor, Officer, _f.Now));
        Assert.Equal(("repair.not-a-technician", "RP-11", "Technician"), (r.Code, r.RuleId, r.Field));
        Assert.Equal("RP-11", Rejected(t.Assign(Officer, Technician, _f.Now)).RuleId);
        Assert.Equal(RepairState.ReadyToAssign, t.State);
    }

    [Fact]
    public void Supervisor_may_reassign_before_arrival_RP11()
    {
        var t = _f.ReadyToAssign();
        Ok(t.Assign(EngineeringSupervisor, Technician, _f.Now));
        Ok(t.Assign(EngineeringSupervisor, Technician2, _f.Now));
        Assert.Equal(RepairState.Assigned, t.State);
        Assert.Equal(Technician2, t.AssignedTechnician);
        Assert.Equal("repair.not-assigned-technician", Rejected(t.Arrive(Technician, _f.Now)).Code);
        Ok(t.Arrive(Technician2, _f.Now));
    }

    [Fact]
    public void Only_the_assigned_technician_arrives_RP12()
    {
        var t = _f.ReadyToAssign();
        Assert.Equal("repair.not-allowed-now", Rejected(t.Arrive(Technician, _f.Now)).Code);
        Ok(t.Assign(EngineeringSupervisor, Technician, _f.Now));
        var r = Rejected(t.Arrive(Technician2, _f.Now));
        Assert.Equal(("repair.not-assigned-technician", "RP-11"), (r.Code, r.RuleId));
        Assert.Equal("The actor is the technician assigned to the ticket.", r.Message);
        Assert.IsType<TechnicianArrived>(Assert.Single(Ok(t.Arrive(Technician, _f.Now))));
    }

    // ------------------------------------------------------------ materials (RP-15)

    [Fact]
    public void Work_cannot_complete_on_unchecked_resident_materials_RP15()
    {
        var t = _f.OnSite(Request("S-01") with { ResidentSuppliesMaterials = true });
        var r = Rejected(t.CompleteWork(Technician, null, _f.Now));
        Assert.Equal(("repair.materials-not-qualified", "RP-15"), (r.Code, r.RuleId));
        var e = (MaterialsChecked)Ok(t.CheckMaterials(Technician, MaterialCheckResult.Qualified, "合格", _f.Now))[0];
        Assert.Equal("合格", e.Remarks);
        Assert.Equal(MaterialsStatus.Qualified, t.Materials);
        Ok(t.CompleteWork(Technician, null, _f.Now));
    }

    [Fact]
    public void Unqualified_materials_stop_the_work_until_new_ones_pass_RP15()
    {
        var t = _f.OnSite(Request("S-01") with { ResidentSuppliesMaterials = true });
        Ok(t.CheckMaterials(Technician, MaterialCheckResult.Unqualified, "Wrong thread size", _f.Now));
        Assert.Equal(RepairState.AwaitingMaterials, t.State);
        Assert.Equal("repair.not-allowed-now", Rejected(t.CompleteWork(Technician, null, _f.Now)).Code);
        Ok(t.CheckMaterials(Technician, MaterialCheckResult.Unqualified, "Still wrong", _f.Now));
        Ok(t.CheckMaterials(Technician, MaterialCheckResult.Qualified, "OK now", _f.Now));
        Assert.Equal(RepairState.OnSite, t.State);
        Ok(t.CompleteWork(Technician, null, _f.Now));
    }

    [Fact]
    public void Accepted_company_materials_quote_resumes_the_work_RP15()
    {
        var t = _f.OnSite(Request("S-01") with { ResidentSuppliesMaterials = true });
        Ok(t.CheckMaterials(Technician, MaterialCheckResult.Unqualified, null, _f.Now));
        var assessed = (RepairAssessed)Ok(t.Assess(EngineeringSupervisor, Lines(45), _f.Fees, _f.Now))[0];
        Assert.Equal(AssessmentPurpose.CompanyMaterials, assessed.Purpose);

        Ok(t.DeclineQuote(ResidentActor, Owner, QuoteAnswerChannel.InPerson, null, _f.Now));
        Assert.Equal(RepairState.AwaitingMaterials, t.State);

        Ok(t.Assess(EngineeringSupervisor, Lines(45), _f.Fees, _f.Now));
        Ok(t.AcceptQuote(ResidentActor, Owner, QuoteAnswerChannel.InPerson, _f.Now));
        Assert.Equal(RepairState.OnSite, t.State);
        Assert.Equal(MaterialsStatus.ReplacedByCompany, t.Materials);
        Ok(t.CompleteWork(Technician, null, _f.Now));
    }

    [Fact]
    public void Materials_are_checked_only_when_the_resident_supplies_them_RP15()
    {
        var t = _f.OnSite();
        var r = Rejected(t.CheckMaterials(Technician, MaterialCheckResult.Qualified, null, _f.Now));
        Assert.Equal(("repair.no-materials-to-check", "RP-15"), (r.Code, r.RuleId));
    }

    // ------------------------------------------------------------ inspection and sign-off (RP-16)

    [Fact]
    public void Only_the_owner_signs_off_RP16()
    {
        var t = _f.WorkCompleted(TenantReports);
        Assert.Equal(("repair.owner-required", "RP-16", "SignedBy"), Triple(Rejected(t.SignOff(TenantActor, Tenant, _f.Now))));
        Assert.Equal(("repair.role-not-allowed", "RP-16", "Actor"), Triple(Rejected(t.SignOff(Officer, Owner, _f.Now))));
        var e = (WorkSignedOff)Ok(t.SignOff(ResidentActor, Owner, _f.Now))[0];
        Assert.Equal(Owner, e.SignedBy);
        Assert.Equal(RepairState.SignedOff, t.State);
    }

    [Fact]
    public void Rejected_work_goes_to_rework_and_a_new_inspection_RP16()
    {
        var t = _f.WorkCompleted();
        Assert.Equal("repair.reason-required", Rejected(t.RejectWork(ResidentActor, Owner, "", _f.Now)).Code);
        Ok(t.RejectWork(ResidentActor, Owner, "Still drips", _f.Now));
        Assert.Equal(RepairState.Rework, t.State);
        Assert.Equal("repair.not-assigned-technician", Rejected(t.CompleteWork(Technician2, null, _f.Now)).Code);
        Ok(t.CompleteWork(Technician, "Cartridge replaced", _f.Now));
        Assert.Equal(RepairState.WorkCompleted, t.State);
        Ok(t.SignOff(ResidentActor, Owner, _f.Now));
    }

    [Fact]
    public void Override_needs_a_service_supervisor_and_a_recorded_reason_RP16()
    {
        var t = _f.WorkCompleted();
        Assert.Equal("RP-16", Rejected(t.OverrideSignOff(Officer, SignOffOverrideReason.ResidentUnreachable, "No answer x3", _f.Now)).RuleId);
        Assert.Equal("repair.reason-required", Rejected(t.OverrideSignOff(ServiceSupervisor, SignOffOverrideReason.ResidentUnreachable, " ", _f.Now)).Code);
        Ok(t.OverrideSignOff(ServiceSupervisor, SignOffOverrideReason.ResidentUnreachable, "No answer x3", _f.Now));
        Assert.Equal(SignOffOverrideReason.ResidentUnreachable, t.SignOffOverride);
        Assert.Equal(RepairState.SignedOff, t.State);
    }

    [Fact]
    public void Ticket_cannot_close_before_sign_off_RP16()
    {
        var t = _f.WorkCompleted();
        Assert.Equal("repair.not-allowed-now", Rejected(t.FollowUp(Officer, Satisfaction.Satisfied, null, _f.Now)).Code);
    }

    // ------------------------------------------------------------ follow-up (RP-03 (4))

    [Fact]
    public void Satisfied_follow_up_closes_the_ticket_RP03()
    {
        var t = _f.SignedOff();
        Assert.Equal("RP-03", Rejected(t.FollowUp(EngineeringSupervisor, Satisfaction.Satisfied, null, _f.Now)).RuleId);
        Assert.IsType<RepairFollowedUp>(Assert.Single(Ok(t.FollowUp(Officer, Satisfaction.Neutral, "OK", _f.Now))));
        Assert.Equal(RepairState.Closed, t.State);
        Assert.Equal(Satisfaction.Neutral, t.LastSatisfaction);
    }

    [Fact]
    public void Dissatisfied_follow_up_reopens_for_rework_and_a_new_sign_off_RP03_RP16()
    {
        var t = _f.SignedOff();
        Assert.Equal("repair.comment-required", Rejected(t.FollowUp(Officer, Satisfaction.Dissatisfied, null, _f.Now)).Code);
        var events = Ok(t.FollowUp(Officer, Satisfaction.Dissatisfied, "Drips again", _f.Now));
        Assert.Collection(events, e => Assert.IsType<RepairFollowedUp>(e), e => Assert.IsType<RepairReopened>(e));
        Assert.Equal([events[0].Version + 1], [events[1].Version]);
        Assert.Equal(RepairState.Rework, t.State);
        Assert.Null(t.SignedOffBy);
        Ok(t.Assign(EngineeringSupervisor, Technician2, _f.Now));
        Ok(t.CompleteWork(Technician2, null, _f.Now));
        Ok(t.SignOff(ResidentActor, Owner, _f.Now));
        Ok(t.FollowUp(Officer, Satisfaction.Satisfied, null, _f.Now));
        Assert.Equal(RepairState.Closed, t.State);
    }

    // ------------------------------------------------------------ night duty (CS-14, CS-15)

    [Fact]
    public void Night_technician_logs_in_the_night_duty_log_without_a_work_order_CS14()
    {
        var t = _f.LoggedAtNight();
        Assert.Equal(LogBook.NightDutyLog, t.LogBook);
        Assert.Equal(Technician, t.NightTechnician);
        Assert.Equal("repair.not-allowed-now", Rejected(t.IssueWorkOrder(Officer, _f.Numbers, _f.Now)).Code);
    }

    [Fact]
    public void Night_fix_is_self_assigned_and_goes_straight_to_inspection_CS14()
    {
        var t = _f.LoggedAtNight();
        Ok(t.FixAtNight(Technician, "Reset breaker", _f.Now));
        Assert.Equal(RepairState.WorkCompleted, t.State);
        Assert.Equal(Technician, t.AssignedTechnician);
        Ok(t.SignOff(ResidentActor, Owner, _f.Now));
        Ok(t.FollowUp(Officer, Satisfaction.Satisfied, null, _f.Now));
        Assert.Equal(RepairState.Closed, t.State);
    }

    [Fact]
    public void Only_the_night_technician_who_logged_it_fixes_or_defers_CS14()
    {
        var t = _f.LoggedAtNight();
        Assert.Equal(("repair.not-night-technician", "CS-14"), Pair(Rejected(t.FixAtNight(Technician2, null, _f.Now))));
        Assert.Equal(("repair.role-not-allowed", "CS-14"), Pair(Rejected(t.DeferToMorning(Officer, null, _f.Now))));
    }

    [Fact]
    public void Deferred_repair_is_taken_over_in_the_morning_keeping_its_report_time_CS15()
    {
        var t = _f.LoggedAtNight();
        var reportedAt = t.ReportedAt;
        Ok(t.DeferToMorning(Technician, "Told resident: tomorrow 9:00", _f.Now));
        Assert.Equal(RepairState.DeferredToMorning, t.State);
        // The step pending is the morning take-over (CS-15), so that is the rule a work order waits for.
        Assert.Equal("CS-15", Rejected(t.IssueWorkOrder(Officer, _f.Numbers, _f.Now)).RuleId);
        Assert.Equal("CS-15", Rejected(t.TakeOverInMorning(Technician, _f.Now)).RuleId);

        var morning = _f.Now + Duration.FromHours(7);
        var e = Assert.IsType<RepairTakenOverInMorning>(Assert.Single(Ok(t.TakeOverInMorning(Officer, morning))));
        Assert.Equal(morning, t.TakenOverAt);
        Assert.Equal(reportedAt, t.ReportedAt);
        Assert.Equal(RepairState.Reported, t.State);
        Ok(t.IssueWorkOrder(Officer, _f.Numbers, morning));
    }

    // ------------------------------------------------------------ cancellation, general behaviour

    [Fact]
    public void Cancel_needs_a_reason_and_is_possible_only_before_work_starts()
    {
        var t = _f.ReadyToAssign();
        Assert.Equal("repair.reason-required", Rejected(t.Cancel(Officer, " ", _f.Now)).Code);
        Ok(t.Cancel(Officer, "Resident fixed it", _f.Now));
        Assert.Equal(RepairState.Cancelled, t.State);
        Assert.Equal(Money.Zero(), t.ResidentOwes);

        var onSite = _f.OnSite();
        Assert.Equal("repair.not-allowed-now", Rejected(onSite.Cancel(Officer, "changed mind", _f.Now)).Code);
    }

    [Fact]
    public void A_rejected_command_changes_nothing()
    {
        var t = _f.WorkCompleted();
        var before = (t.State, t.Version, t.Events.Count, t.SignedOffBy);
        Rejected(t.SignOff(ResidentActor, Tenant, _f.Now));
        Rejected(t.FollowUp(Officer, Satisfaction.Satisfied, null, _f.Now));
        Rejected(t.Cancel(Officer, "x", _f.Now));
        Assert.Equal(before, (t.State, t.Version, t.Events.Count, t.SignedOffBy));
    }

    [Fact]
    public void Actors_of_another_site_are_refused()
    {
        var t = _f.Report();
        Assert.Equal("repair.other-site", Rejected(t.IssueWorkOrder(OtherSiteOfficer, _f.Numbers, _f.Now)).Code);
    }

    [Fact]
    public void Commands_keep_the_record_in_time_order()
    {
        var t = _f.Report();
        var r = Rejected(t.IssueWorkOrder(Officer, _f.Numbers, t.ReportedAt - Duration.FromSeconds(1)));
        Assert.Equal(("repair.time-before-last-event", "At"), (r.Code, r.Field!));
    }

    [Fact]
    public void Permitted_actions_name_the_reason_for_each_forbidden_action()
    {
        var t = _f.ReadyToAssign();
        Ok(t.Assign(EngineeringSupervisor, Technician, _f.Now));

        var forTechnician = t.PermittedActions(Technician);
        Assert.Equal(Enum.GetValues<RepairAction>().Length, forTechnician.Count);
        Assert.Equal([RepairAction.Arrive], forTechnician.Where(a => a.IsPermitted).Select(a => a.Action));
        Assert.Equal("repair.role-not-allowed", forTechnician[(int)RepairAction.Cancel].Reason!.Code);
        Assert.Equal("repair.not-allowed-now", forTechnician[(int)RepairAction.CompleteWork].Reason!.Code);

        var other = t.PermittedActions(Technician2)[(int)RepairAction.Arrive];
        Assert.False(other.IsPermitted);
        Assert.Contains("assigned", other.Reason!.Message);
        Assert.Equal(other.Reason, t.WhyNot(Technician2, RepairAction.Arrive));

        Assert.Equal([RepairAction.Assign], t.PermittedActions(EngineeringSupervisor).Where(a => a.IsPermitted).Select(a => a.Action));
        Assert.Equal([RepairAction.Cancel], t.PermittedActions(Officer).Where(a => a.IsPermitted).Select(a => a.Action));
    }

    [Fact]
    public void Rebuilding_from_events_gives_the_same_ticket()
    {
        var t = _f.OnSite(Request("S-01") with { ResidentSuppliesMaterials = true });
        Ok(t.CheckMaterials(Technician, MaterialCheckResult.Unqualified, null, _f.Now));
        Ok(t.Assess(EngineeringSupervisor, Lines(45), _f.Fees, _f.Now));

        var copy = RepairTicket.FromEvents(t.Events);
        Assert.Equal((t.State, t.Version, t.Materials, t.AssignedTechnician, t.PendingQuote, t.ResidentOwes),
            (copy.State, copy.Version, copy.Materials, copy.AssignedTechnician, copy.PendingQuote, copy.ResidentOwes));
        Assert.Equal(t.PermittedActions(ResidentActor), copy.PermittedActions(ResidentActor));
        Ok(copy.AcceptQuote(ResidentActor, Owner, QuoteAnswerChannel.InPerson, _f.Now));
    }

    [Fact]
    public void Rebuilding_refuses_a_broken_history()
    {
        var t = _f.AwaitingCollection();
        Assert.Equal(0, Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([])).Version);
        Assert.Equal(1, Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents(t.Events.Skip(1))).Version);
        Assert.Equal(2, Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([t.Events[0], t.Events[2]])).Version);
        Assert.Equal(2, Assert.Throws<InvalidHistoryException>(() => RepairTicket.FromEvents([t.Events[0], t.Events[0]])).Version);
    }

    [Fact]
    public void Work_order_numbers_are_unique_per_site_across_threads_RP09()
    {
        var source = new InMemoryWorkOrderNumberSource();
        var numbers = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 1000, _ => numbers.Add(source.Next(Site)));
        Assert.Equal(1000, numbers.Distinct().Count());
        Assert.Equal("WO-000001", source.Next(new SiteId("other")));
    }

    [Fact]
    public void Tickets_are_commanded_on_many_threads_at_once_without_sharing_a_machine()
    {
        var closed = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var f = new RepairFixture();
            var t = f.SignedOff();
            Ok(t.FollowUp(Officer, Satisfaction.Satisfied, null, f.Now));
            Assert.Equal(RepairState.Closed, RepairTicket.FromEvents(t.Events).State);
            Interlocked.Increment(ref closed);
        });
        Assert.Equal(400, closed);
    }

    private static (string, string?, string?) Triple(Rejection r) => (r.Code, r.RuleId, r.Field);

    private static (string, string?) Pair(Rejection r) => (r.Code, r.RuleId);
}
