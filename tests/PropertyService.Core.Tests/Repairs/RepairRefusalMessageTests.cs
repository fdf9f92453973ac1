using NodaTime;
using PropertyService.Fees;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

/// <summary>
/// Every refusal a user can meet names its code, rule and field and says in words what is wrong; the checks run in
/// the documented order (site → time → role → state and guards → arguments → outcome) and a refusal changes nothing.
/// </summary>
public class RepairRefusalMessageTests
{
    /// <summary>A fee evaluator whose answers a test writes, recording what it was asked.</summary>
    private sealed class ScriptedFees(Func<QuoteRequest, FeeEvaluation> evaluate, Func<FeeAssessment, FeeEvaluation> assess) : IFeeEvaluator
    {
        public FeeAssessment? LastAssessment { get; private set; }

        public FeeEvaluation Evaluate(QuoteRequest request) => evaluate(request);

        public FeeEvaluation Assess(FeeAssessment assessment)
        {
            LastAssessment = assessment;
            return assess(assessment);
        }
    }

    private static readonly Rejection FeesSay = new("fees.custom", "The schedule is closed for revision.", "RP-12", "Items");

    private static void Refused(Result<IReadOnlyList<DomainEvent>> result, RepairTicket t, int version, string code, string? rule, string? field, string message)
    {
        var r = Rejected(result);
        Assert.Equal((code, rule, field, message), (r.Code, r.RuleId, r.Field, r.Message));
        Assert.Equal(version, t.Version);
    }

    [Fact]
    public void A_feasible_assessment_without_lines_is_refused_RP14()
    {
        var f = new RepairFixture();
        var t = f.AwaitingAssessment();
        Refused(t.Assess(EngineeringSupervisor, [], f.Fees, f.Now), t, t.Version,
            RepairRejectionCodes.AssessedLinesRequired, "RP-14", "Lines", "A feasible assessment prices at least one line.");
    }

    [Fact]
    public void An_assessment_the_evaluator_refuses_or_does_not_price_is_refused_RP14()
    {
        var f = new RepairFixture();
        var t = f.AwaitingAssessment();
        var refusing = new ScriptedFees(r => FeesSay, a => FeesSay);
        Assert.Same(FeesSay, Rejected(t.Assess(EngineeringSupervisor, Lines(), refusing, f.Now)));

        var unpriced = new ScriptedFees(r => FeesSay, a => new Quote(a.Request, [new QuoteLine("S-01", "Scheduled S-01", 1, Money.Yuan(30), Money.Zero(), Payer.Resident, "unit repair (RP-04)", false)], []));
        Refused(t.Assess(EngineeringSupervisor, Lines(), unpriced, f.Now), t, t.Version,
            RepairRejectionCodes.AssessmentNotPriced, "RP-14", "Lines", "The fee evaluator did not produce an assessed quote.");

        var notAQuote = new ScriptedFees(r => FeesSay, a => new RequiresAssessment(a.Request, ["X-99"]));
        Refused(t.Assess(EngineeringSupervisor, Lines(), notAQuote, f.Now), t, t.Version,
            RepairRejectionCodes.AssessmentNotPriced, "RP-14", "Lines", "The fee evaluator did not produce an assessed quote.");
        Assert.Equal(RepairState.AwaitingAssessment, t.State);
    }

    [Fact]
    public void Extra_work_is_assessed_on_its_own_lines_with_the_facts_of_the_collected_request_RP14()
    {
        var f = new RepairFixture();
        var t = f.OnSite();
        Ok(t.ReportExtraWork(Technician, "The pipe behind the tap is cracked", f.Now));
        var fees = new ScriptedFees(r => FeesSay, a => f.Fees.Assess(a));
        Ok(t.Assess(EngineeringSupervisor, Lines(), fees, f.Now));

        var asked = fees.LastAssessment!.Request;
        var collected = t.QuoteRequest!;
        Assert.Empty(asked.Items);
        Assert.Equal(
            (collected.Site, collected.Category, collected.ReportedOn, collected.LocationKind, collected.WorkStartsAt, collected.Warranty, collected.IsMajorWork, collected.IsUtilityInstallation),
            (asked.Site, asked.Category, asked.ReportedOn, asked.LocationKind, asked.WorkStartsAt, asked.Warranty, asked.IsMajorWork, asked.IsUtilityInstallation));
    }

    [Fact]
    public void Blank_reasons_are_refused_with_what_the_reason_is_for()
    {
        var f = new RepairFixture();
        var assessing = f.AwaitingAssessment();
        Refused(assessing.AssessNotFeasible(EngineeringSupervisor, " ", f.Now), assessing, assessing.Version,
            RepairRejectionCodes.ReasonRequired, "RP-14", "Reason", "A reason is required: why the work cannot be done is told to the resident.");

        var reported = f.Report();
        Refused(reported.Cancel(Officer, "", f.Now), reported, 1,
            RepairRejectionCodes.ReasonRequired, null, "Reason", "A reason is required: a cancellation records the resident's reason.");

        var done = f.WorkCompleted();
        Refused(done.RejectWork(ResidentActor, Owner, "\t", f.Now), done, done.Version,
            RepairRejectionCodes.ReasonRequired, "RP-16", "Reason", "A reason is required: what is wrong with the work.");
        Refused(done.OverrideSignOff(ServiceSupervisor, SignOffOverrideReason.ResidentUnreachable, " ", f.Now), done, done.Version,
            RepairRejectionCodes.ReasonRequired, "RP-16", "Reason", "A reason is required: an override of the resident's signature is recorded with its reason.");

        var onSite = f.OnSite();
        Refused(onSite.ReportExtraWork(Technician, " ", f.Now), onSite, onSite.Version,
            RepairRejectionCodes.DescriptionRequired, "RP-14", "Description", "Describe the extra work so the supervisor can assess it.");

        var signed = f.SignedOff();
        Refused(signed.FollowUp(Officer, Satisfaction.Dissatisfied, " ", f.Now), signed, signed.Version,
            RepairRejectionCodes.CommentRequired, "RP-03", "Remarks", "Record what the dissatisfied resident said; it is the reason the ticket is reopened or the complaint opened.");
    }

    [Fact]
    public void The_state_is_judged_before_who_the_resident_is()
    {
        var f = new RepairFixture();
        var t = f.Report();
        var stranger = new Resident("路人", ContactPhone.Parse("13700000000"), isOwner: true) { Id = "Z9" };
        foreach (var result in new[]
        {
            t.AcceptQuote(Officer, stranger, QuoteAnswerChannel.InPerson, f.Now),
            t.DeclineQuote(Officer, stranger, QuoteAnswerChannel.InPerson, null, f.Now),
        })
        {
            Assert.Equal(RepairRejectionCodes.NotAllowedNow, Rejected(result).Code);
        }

        var assigned = f.ReadyToAssign();
        Assert.Equal(RepairRejectionCodes.NotAllowedNow, Rejected(assigned.RejectWork(ResidentActor, stranger, "bad", f.Now)).Code);
        Ok(assigned.Assign(EngineeringSupervisor, Technician, f.Now));
        Assert.Equal(RepairRejectionCodes.NotAllowedNow, Rejected(f.Report().Assign(EngineeringSupervisor, Officer, f.Now)).Code);
    }

    [Fact]
    public void A_quote_is_declined_only_for_the_tickets_owner_RP14()
    {
        var f = new RepairFixture();
        var t = f.AwaitingDecision();
        var stranger = new Resident("路人", ContactPhone.Parse("13700000000"), isOwner: true) { Id = "Z9" };
        Refused(t.DeclineQuote(Officer, stranger, QuoteAnswerChannel.Phone, null, f.Now), t, t.Version,
            RepairRejectionCodes.NotTicketResident, "RP-14", "Owner", "路人 is not this ticket's resident or a recorded owner of the unit.");
    }

    [Fact]
    public void Work_is_refused_only_by_the_tickets_resident_for_themselves_RP16()
    {
        var f = new RepairFixture();

        // The tenant who reported may refuse the work, but only for themselves, not for the recorded owner.
        var t = f.WorkCompleted(TenantReports);
        Refused(t.RejectWork(TenantActor, Owner, "still drips", f.Now), t, t.Version, RepairRejectionCodes.NotTicketResident, "RP-16", "RejectedBy",
            "陈先生 refuses the work only for themselves, as the ticket's resident or a recorded owner.");

        // The actor's id matches, but the resident named is not the ticket's.
        var impostor = new Resident("冒名者", Owner.Phone, isOwner: true) { Id = "R1" };
        var u = f.WorkCompleted();
        Refused(u.RejectWork(ResidentActor, impostor, "still drips", f.Now), u, u.Version, RepairRejectionCodes.NotTicketResident, "RP-16", "RejectedBy",
            "陈女士 refuses the work only for themselves, as the ticket's resident or a recorded owner.");
        Ok(u.RejectWork(ResidentActor, Owner, "still drips", f.Now));
    }

    [Fact]
    public void Queries_judge_site_before_role_before_state()
    {
        var f = new RepairFixture();
        var t = f.Report();
        Assert.Equal(RepairRejectionCodes.OtherSite, t.WhyNot(new Actor("X", "外站技师", new SiteId("GZ-02"), Role.Technician), RepairAction.SignOff)!.Code);
        Assert.Equal(RepairRejectionCodes.RoleNotAllowed, t.WhyNot(Technician, RepairAction.SignOff)!.Code);
        Assert.Equal(RepairRejectionCodes.NotAllowedNow, t.WhyNot(ResidentActor, RepairAction.SignOff)!.Code);
    }

    [Fact]
    public void Commands_whose_trigger_depends_on_the_outcome_check_the_role_before_the_state()
    {
        var f = new RepairFixture();
        var t = f.Report();
        Assert.Equal(RepairRejectionCodes.RoleNotAllowed, Rejected(t.Collect(ResidentActor, t.CreateQuoteRequest(Zone), f.Fees, f.Now)).Code);
        Assert.Equal(RepairRejectionCodes.RoleNotAllowed, Rejected(t.CheckMaterials(Officer, MaterialCheckResult.Qualified, null, f.Now)).Code);
    }

    [Fact]
    public void A_collection_for_another_repair_or_one_the_evaluator_refuses_is_refused_RP10()
    {
        var f = new RepairFixture();
        var t = f.AwaitingCollection();
        var own = t.CreateQuoteRequest(Zone);
        var other = new QuoteRequest(own.Site, RepairCategory.CommonArea, own.ReportedOn, own.Items);
        Refused(t.Collect(EngineeringSupervisor, other, f.Fees, f.Now), t, t.Version, RepairRejectionCodes.QuoteRequestMismatch, "RP-10", "QuoteRequest",
            "The quote request is for a CommonArea repair at SZ-01; this ticket is a Unit repair at SZ-01.");
        var refusing = new ScriptedFees(r => FeesSay, a => FeesSay);
        Assert.Same(FeesSay, Rejected(t.Collect(EngineeringSupervisor, t.CreateQuoteRequest(Zone), refusing, f.Now)));
        Assert.Equal(RepairState.AwaitingCollection, t.State);
    }

    [Fact]
    public void A_priced_night_fix_names_items_of_this_repair_and_is_priced_by_the_schedule_CS14()
    {
        var f = new RepairFixture();
        var t = f.LoggedAtNight();
        var request = t.CreateQuoteRequest(Zone, [new QuoteRequestItem("S-01")]);
        const string message = "A priced night fix names at least one fee-schedule item of this Unit repair at SZ-01.";
        foreach (var wrong in new[]
        {
            new QuoteRequest(new SiteId("GZ-02"), request.Category, request.ReportedOn, request.Items),
            new QuoteRequest(request.Site, RepairCategory.CommonArea, request.ReportedOn, request.Items),
            t.CreateQuoteRequest(Zone, []),
        })
        {
            Refused(t.FixAtNight(Technician, null, wrong, f.Fees, f.Now), t, 1, RepairRejectionCodes.QuoteRequestMismatch, "CS-14", "QuoteRequest", message);
        }

        var refusing = new ScriptedFees(r => FeesSay, a => FeesSay);
        Assert.Same(FeesSay, Rejected(t.FixAtNight(Technician, null, request, refusing, f.Now)));
        var unscheduled = t.CreateQuoteRequest(Zone, [new QuoteRequestItem("X-99")]);
        var r = Rejected(t.FixAtNight(Technician, null, unscheduled, f.Fees, f.Now));
        Assert.Equal((RepairRejectionCodes.NightFixNeedsAssessment, "RP-14", "QuoteRequest"), (r.Code, r.RuleId, r.Field));
        Assert.Equal(1, t.Version);
    }

    public static TheoryData<string, string, string?, string?, string> ReportRefusals => new()
    {
        { "role", RepairRejectionCodes.RoleNotAllowed, "CS-13", "Actor", "A repair is reported by an officer, the night-duty technician or the resident through the app; 孙工 holds EngineeringSupervisor." },
        { "resident-call", RepairRejectionCodes.ChannelNotAllowed, "CS-13", "Channel", "A resident reports a repair through the app; calls and visits are recorded by the officer on duty." },
        { "officer-app", RepairRejectionCodes.ChannelNotAllowed, "CS-13", "Channel", "An app report is recorded with the resident as its reporter; staff record calls and visits." },
        { "phone", RepairRejectionCodes.ContactPhoneRequired, "RP-09", "ContactPhone", "A repair needs a contact phone number to copy into the work order. " + ContactPhone.AcceptedForms },
        { "location", RepairRejectionCodes.LocationRequired, "RP-09", "Location", "A repair needs its location: the unit (building, entrance, room) or the common area." },
        { "description", RepairRejectionCodes.DescriptionRequired, "RP-08", "Description", "A repair needs a description of what is broken." },
        { "resident", RepairRejectionCodes.ResidentRequired, "RP-04", "Resident", "A repair in a unit needs the resident who reported it." },
        { "appointment", RepairRejectionCodes.AppointmentInPast, "RP-13", "Appointment", "The appointment 2026-11-27T01:59:59Z is before the report time 2026-11-27T02:00:00Z." },
        { "code", RepairRejectionCodes.FeeItemCodeBlank, "RP-12", "FeeItemCodes", "A fee-schedule item code cannot be blank." },
        { "owners", RepairRejectionCodes.UnitOwnerNotOwner, "RP-16", "UnitOwners", "陈先生 is recorded as an owner of the unit but is not an owner." },
    };

    [Theory]
    [MemberData(nameof(ReportRefusals))]
    public void A_report_is_refused_with_the_rule_and_field_at_fault(string @case, string code, string? rule, string? field, string message)
    {
        var request = Request("S-01");
        var actor = Officer;
        switch (@case)
        {
            case "role": actor = EngineeringSupervisor; break;
            case "resident-call": actor = ResidentActor; break;
            case "officer-app": request = new RepairRequest(RepairChannel.App, Owner, Owner.Phone, Unit, RepairCategory.Unit, "drips"); break;
            case "phone": request = new RepairRequest(RepairChannel.Call, Owner, default, Unit, RepairCategory.Unit, "drips"); break;
            case "location": request = new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, null, RepairCategory.Unit, "drips"); break;
            case "description": request = new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, RepairCategory.Unit, null!); break;
            case "resident": request = new RepairRequest(RepairChannel.Call, null, Owner.Phone, Unit, RepairCategory.Unit, "drips"); break;
            case "appointment": request = request with { Appointment = Start - Duration.FromSeconds(1) }; break;
            case "code": request = request with { FeeItemCodes = ["S-01", " "] }; break;
            case "owners": request = request with { UnitOwners = [Owner, Tenant] }; break;
        }

        var r = RepairTicket.Report("RT-9", request, actor, Start);
        Assert.True(r.IsRejected);
        Assert.Equal((code, rule, field, message), (r.Rejection!.Code, r.Rejection.RuleId, r.Rejection.Field, r.Rejection.Message));
    }

    [Fact]
    public void An_appointment_at_the_report_time_is_still_one_the_technician_can_keep_RP13()
    {
        Assert.True(RepairTicket.Report("RT-9", Request("S-01") with { Appointment = Start }, Officer, Start).IsSuccess);
    }

    [Fact]
    public void A_missing_description_is_empty_not_null_and_the_default_work_order_prefix_is_WO()
    {
        Assert.Equal(string.Empty, new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Unit, RepairCategory.Unit, null!).Description);
        var f = new RepairFixture();
        var t = f.Report();
        Ok(t.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), f.Now));
        Assert.StartsWith("WO-", t.WorkOrder!.Number);
    }

    [Fact]
    public void A_quote_request_from_the_ticket_carries_its_site_category_date_and_kind_of_location()
    {
        var f = new RepairFixture();
        var t = f.Report();
        var q = t.CreateQuoteRequest(Zone, [new QuoteRequestItem("S-01")]);
        Assert.Equal((Site, RepairCategory.Unit, new LocalDate(2026, 11, 27), LocationKind.Unit), (q.Site, q.Category, q.ReportedOn, q.LocationKind));
        var common = f.Report(new RepairRequest(RepairChannel.Call, null, Owner.Phone, Location.CommonArea("lobby"), RepairCategory.CommonArea, "light out"));
        Assert.Equal(LocationKind.CommonArea, common.CreateQuoteRequest(Zone).LocationKind);
    }

    [Fact]
    public void ToString_names_the_ticket_its_version_state_and_what_it_is_about()
    {
        var t = new RepairFixture().Report();
        Assert.Equal($"Repair {t.Id} v1 Reported (Unit, {Unit})", t.ToString());
    }

    [Fact]
    public void Materials_found_unqualified_are_recorded_as_such_RP15()
    {
        var f = new RepairFixture();
        var t = f.OnSite(Request("S-01") with { ResidentSuppliesMaterials = true });
        Ok(t.CheckMaterials(Technician, MaterialCheckResult.Unqualified, "wrong size", f.Now));
        Assert.Equal((MaterialsStatus.Unqualified, RepairState.AwaitingMaterials), (t.Materials, t.State));
        Assert.Equal(MaterialsStatus.Unqualified, RepairTicket.FromEvents(t.Events).Materials);
    }

    [Fact]
    public void A_scheduled_repair_has_no_assessment_pending_so_it_cannot_take_an_assessment_outcome_RP14()
    {
        var f = new RepairFixture();
        var t = f.ReadyToAssign();
        Assert.Null(t.PendingPurpose);
        Assert.Equal(AssessmentPurpose.Repair, f.AwaitingAssessment().PendingPurpose);
    }

    [Fact]
    public void What_the_resident_owes_is_in_the_currency_of_the_quotes_CS03()
    {
        static QuoteLine Hkd(bool assessed) => new("S-01", "Scheduled S-01", 1, new Money(30, "HKD"), Money.Zero("HKD"), Payer.Resident, "unit repair (RP-04)", assessed);
        var fees = new ScriptedFees(r => new Quote(r, [Hkd(false)], []), a => new Quote(a.Request, [Hkd(true)], [], null, a.Assessor, a.AssessedAt));
        var f = new RepairFixture();

        var scheduled = f.AwaitingCollection();
        Ok(scheduled.Collect(EngineeringSupervisor, scheduled.CreateQuoteRequest(Zone), fees, f.Now));
        Assert.Equal(new Money(30, "HKD"), scheduled.ResidentOwes);
        Ok(scheduled.Cancel(Officer, "the resident fixed it", f.Now));
        Assert.Equal(Money.Zero("HKD"), scheduled.ResidentOwes);

        var night = f.LoggedAtNight();
        Ok(night.FixAtNight(Technician, null, night.CreateQuoteRequest(Zone, [new QuoteRequestItem("S-01")]), fees, f.Now));
        Assert.Equal(new Money(30, "HKD"), night.ResidentOwes);

        var assessed = f.AwaitingAssessment();
        Ok(assessed.Assess(EngineeringSupervisor, Lines(), fees, f.Now));
        Ok(assessed.AcceptQuote(ResidentActor, Owner, QuoteAnswerChannel.InPerson, f.Now));
        Assert.Equal(new Money(30, "HKD"), assessed.ResidentOwes);
        Ok(assessed.Cancel(Officer, "the resident fixed it", f.Now));
        Assert.Equal(Money.Zero("HKD"), assessed.ResidentOwes);
    }
}
