using NodaTime;
using static PropertyService.HelpRequests.HelpRequestFixture;
using Codes = PropertyService.HelpRequests.HelpRequestRejectionCodes;

namespace PropertyService.HelpRequests;

public class HelpRequestTests
{
    private readonly HelpRequestFixture _f = new();

    // ---- HR-03: duties ----

    [Fact]
    public void Supervisor_organises_help_and_officers_give_it_HR03()
    {
        var request = _f.Escalated();

        Rejected(request.Instruct(Officer, "Keep it.", _f.Now), Codes.NotEscalationLevel, "HR-04");
        Rejected(request.Instruct(Technician, "Keep it.", _f.Now), Codes.NotEscalationLevel, "HR-04");
        _f.Ok(request.Instruct(Supervisor, "Keep it in the locked cabinet.", _f.Now));
        Rejected(request.Answer(Supervisor, "Kept.", _f.Now), Codes.NotOwner, "HR-06");
        _f.Ok(request.Answer(Officer, "Kept in the locked cabinet.", _f.Now));
        Assert.Equal(HelpRequestState.Handled, request.State);
    }

    [Fact]
    public void Manager_and_site_manager_stand_above_the_supervisor_HR03()
    {
        var request = _f.Escalated(Role.ServiceSupervisor);
        _f.Ok(request.Instruct(SiteManager, "Yes, keep it.", _f.Now));

        var other = new HelpRequestFixture();
        var toManager = other.Escalated(Role.ServiceManager);
        Rejected(toManager.Instruct(Supervisor, "Keep it.", other.Now), Codes.NotEscalationLevel, "HR-04");
        Assert.True(toManager.Instruct(Manager, "Keep it.", other.Now).IsSuccess);
    }

    // ---- HR-04: quick response ----

    [Fact]
    public void Owner_answers_at_once_HR04()
    {
        var request = _f.InProgress();

        var events = _f.Ok(request.Answer(Officer, "The parcel is at the front desk.", _f.Now));

        var answered = Assert.IsType<HelpRequestAnswered>(Assert.Single(events));
        Assert.False(answered.AfterEscalation);
        Assert.Equal(HelpRequestState.Handled, request.State);
        Assert.Equal("The parcel is at the front desk.", request.AnswerGiven);
    }

    [Fact]
    public void Escalation_starts_the_answer_target_and_names_level_and_person_HR04()
    {
        var request = _f.InProgress();
        var at = _f.Now;

        var events = _f.Ok(request.Escalate(Officer, Role.ServiceSupervisor, "May we store a bicycle?", _f.Now, Supervisor));

        var escalated = Assert.IsType<HelpRequestEscalated>(Assert.Single(events));
        Assert.Equal(Role.ServiceSupervisor, escalated.Level);
        Assert.Equal(Supervisor.Id, escalated.TargetPersonId);
        Assert.Equal(at, escalated.OccurredAt);
        Assert.Equal(HelpRequestState.Escalated, request.State);
        Assert.Equal(at, request.EscalatedAt);
    }

    [Fact]
    public void Owner_answers_on_the_instruction_after_escalation_HR04()
    {
        var request = _f.Escalated();
        Rejected(request.Answer(Officer, "Yes.", _f.Now), Codes.NotAllowedNow, "HR-04");
        _f.Ok(request.Instruct(Supervisor, "Tell them yes, until Friday.", _f.Now));

        var answered = Assert.IsType<HelpRequestAnswered>(Assert.Single(_f.Ok(request.Answer(Officer, "Yes, until Friday.", _f.Now))));

        Assert.True(answered.AfterEscalation);
        Assert.Equal("Tell them yes, until Friday.", request.Instruction);
    }

    [Theory]
    [InlineData(Role.Officer)]
    [InlineData(Role.SiteManager)]
    [InlineData(Role.EngineeringSupervisor)]
    public void Escalation_goes_to_the_supervisor_or_manager_HR04(Role level)
    {
        var request = _f.InProgress();

        var rejection = Rejected(request.Escalate(Officer, level, "?", _f.Now), Codes.EscalationLevel, "HR-04");

        Assert.Equal("Level", rejection.Field);
        Rejected(request.Escalate(Officer, Role.ServiceManager, "Who pays?", _f.Now, Supervisor), Codes.EscalationTarget, "HR-04");
        Rejected(request.Escalate(Officer, Role.ServiceManager, " ", _f.Now), Codes.QuestionRequired, "HR-04");
        Rejected(request.Answer(Officer, "", _f.Now), Codes.AnswerRequired, "HR-04");
    }

    // ---- HR-05: do everything possible; a decline is explained ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Decline_requires_a_written_reason_HR05(string? reason)
    {
        var request = _f.InProgress();

        var rejection = Rejected(request.Decline(Officer, reason, _f.Now), Codes.ReasonRequired, "HR-05");

        Assert.Equal("Reason", rejection.Field);
        Assert.Equal(HelpRequestState.InProgress, request.State);
    }

    [Fact]
    public void Decline_records_the_reason_given_to_the_resident_HR05()
    {
        var request = _f.InProgress();

        var declined = Assert.IsType<HelpRequestDeclined>(Assert.Single(_f.Ok(request.Decline(Officer, "  We cannot store food overnight: no refrigerator.  ", _f.Now))));

        Assert.Equal("We cannot store food overnight: no refrigerator.", declined.Reason);
        Assert.Equal(declined.Reason, request.DeclineReason);
        Assert.Equal(HelpRequestState.Declined, request.State);
        Assert.Throws<ArgumentException>(() => new HelpRequestDeclined("H-1", 5, default, Officer, " "));
    }

    [Fact]
    public void Supervisor_may_decline_but_other_staff_may_not_HR05()
    {
        var request = _f.Escalated();

        Rejected(request.Decline(OtherOfficer, "No.", _f.Now), Codes.NotOwnerOrSupervisor, "HR-06");
        Rejected(request.Decline(Technician, "No.", _f.Now), Codes.NotOwnerOrSupervisor, "HR-06");
        _f.Ok(request.Decline(Supervisor, "Storage of hazardous goods is not allowed.", _f.Now));

        Assert.Equal(HelpRequestState.Declined, request.State);
    }

    [Fact]
    public void Medical_emergency_is_never_declined_HR05()
    {
        var request = _f.WithContact(HelpKind.MedicalEmergency);

        // The refusal cites the step pending after the contact (HR-07), and no state of an emergency offers a decline.
        Rejected(request.Decline(Officer, "Busy.", _f.Now), Codes.NotAllowedNow, "HR-07");
        Rejected(request.Decline(Supervisor, "Busy.", _f.Now), Codes.NotAllowedNow, "HR-07");
        _f.Ok(request.RecordEmergencyAction(Officer, EmergencyOption.CallEmergencyNumber, "Called 120", _f.Now));
        Rejected(request.Decline(Supervisor, "Busy.", _f.Now), Codes.NotAllowedNow, "HR-08");
    }

    // ---- HR-06: first-contact ownership ----

    [Fact]
    public void Receiving_officer_becomes_the_first_contact_owner_HR06()
    {
        var (request, events) = HelpRequest.Receive("H-7", Officer, HelpKind.Commission, _f.Now).Value;

        var received = Assert.IsType<HelpRequestReceived>(Assert.Single(events));
        Assert.Equal(Officer, request.FirstContactOwner);
        Assert.Equal(Officer, request.ReceivedBy);
        Assert.Equal(HelpKind.Commission, received.Kind);
        Assert.Equal(Site, received.Site);
        Assert.Equal(1, request.Version);
        Assert.Equal(HelpRequestState.AwaitingContact, request.State);
        Assert.Equal(events, request.Events);
    }

    [Theory]
    [InlineData(Role.ServiceSupervisor)]
    [InlineData(Role.Technician)]
    [InlineData(Role.Resident)]
    public void Only_an_officer_receives_a_help_request_HR06(Role role)
    {
        var actor = new Actor("X", "X", Site, role);

        var result = HelpRequest.Receive("H-1", actor, HelpKind.GeneralHelp, _f.Now);

        Assert.Equal(Codes.OfficerReceives, result.Rejection?.Code);
        Assert.Equal("HR-06", result.Rejection?.RuleId);
    }

    [Fact]
    public void Only_the_owner_acts_on_the_request_HR06()
    {
        var request = _f.Receive(HelpKind.GeneralHelp);

        Rejected(request.RecordContact(OtherOfficer, Address, Phone, _f.Now), Codes.NotOwner, "HR-06");
        Rejected(request.RecordContact(Supervisor, Address, Phone, _f.Now), Codes.NotOwner, "HR-06");
        _f.Ok(request.RecordContact(Officer, Address, Phone, _f.Now));
        Rejected(request.RecordWishes(OtherOfficer, "A ladder.", _f.Now), Codes.NotOwner, "HR-06");
        _f.Ok(request.RecordWishes(Officer, "A ladder.", _f.Now));
        Rejected(request.Answer(OtherOfficer, "Here.", _f.Now), Codes.NotOwner, "HR-06");
        Rejected(request.Escalate(Supervisor, Role.ServiceSupervisor, "?", _f.Now), Codes.NotOwner, "HR-06");
    }

    [Fact]
    public void Ownership_passes_only_by_explicit_transfer_with_a_reason_to_another_officer_HR06()
    {
        var request = _f.InProgress();

        Rejected(request.TransferOwnership(Officer, OtherOfficer, " ", _f.Now), Codes.TransferReasonRequired, "HR-06");
        Rejected(request.TransferOwnership(Officer, Supervisor, "Handover", _f.Now), Codes.TransferTarget, "HR-06");
        Rejected(request.TransferOwnership(Officer, Officer, "Handover", _f.Now), Codes.TransferTarget, "HR-06");
        Rejected(request.TransferOwnership(Officer, ForeignOfficer, "Handover", _f.Now), Codes.TransferTarget, "HR-06");
        Rejected(request.TransferOwnership(Technician, OtherOfficer, "Handover", _f.Now), Codes.NotOwnerOrSupervisor, "HR-06");

        var transferred = Assert.IsType<HelpRequestOwnershipTransferred>(Assert.Single(_f.Ok(request.TransferOwnership(Officer, OtherOfficer, "Noon shift handover (CS-17)", _f.Now))));

        Assert.Equal(Officer, transferred.PreviousOwner);
        Assert.Equal(OtherOfficer, transferred.NewOwner);
        Assert.Equal(OtherOfficer, request.FirstContactOwner);
        Assert.Equal(Officer, request.ReceivedBy);
        Assert.Equal(HelpRequestState.InProgress, request.State);
        Rejected(request.Answer(Officer, "Done.", _f.Now), Codes.NotOwner, "HR-06");
    }

    [Fact]
    public void New_owner_inherits_the_follow_up_duty_HR06()
    {
        var request = _f.Handled();
        _f.Ok(request.TransferOwnership(Supervisor, OtherOfficer, "Officer went home ill", _f.Now));

        Rejected(request.FollowUp(Officer, Satisfaction.Satisfied, null, _f.Now), Codes.NotOwner, "HR-06");
        _f.Ok(request.FollowUp(OtherOfficer, Satisfaction.Satisfied, "Thanks", _f.Now));
        _f.Ok(request.Close(OtherOfficer, _f.Now));

        Assert.Equal(HelpRequestState.Closed, request.State);
    }

    [Fact]
    public void Nothing_closes_without_the_owners_follow_up_HR06()
    {
        var request = _f.Handled();

        Rejected(request.Close(Officer, _f.Now), Codes.FollowUpRequired, "HR-06");
        Rejected(request.FollowUp(Supervisor, Satisfaction.Satisfied, null, _f.Now), Codes.NotOwner, "HR-06");
        _f.Ok(request.FollowUp(Officer, Satisfaction.Dissatisfied, "Took too long", _f.Now));
        Rejected(request.Close(Supervisor, _f.Now), Codes.NotOwner, "HR-06");
        Assert.IsType<HelpRequestClosed>(Assert.Single(_f.Ok(request.Close(Officer, _f.Now))));

        Assert.Equal(Satisfaction.Dissatisfied, request.Satisfaction);
        Rejected(request.TransferOwnership(Officer, OtherOfficer, "late", _f.Now), Codes.NotAllowedNow, null!);
    }

    [Fact]
    public void Follow_up_comes_after_the_request_is_handled_HR06()
    {
        var request = _f.InProgress();

        // The refusal cites what is pending: the owner's answer (HR-04).
        var rejection = Rejected(request.FollowUp(Officer, Satisfaction.Satisfied, null, _f.Now), Codes.NotAllowedNow, "HR-04");
        Assert.Equal("FollowUp is not possible while the request is InProgress: the owner must first answer the resident, ask the supervisor or manager, or decline.", rejection.Message);
    }

    // ---- HR-07: address and phone first ----

    [Fact]
    public void Nothing_but_contact_is_accepted_before_contact_is_recorded_HR07()
    {
        var request = _f.Receive(HelpKind.MedicalEmergency, isMajor: true);
        Result<IReadOnlyList<DomainEvent>>[] attempts =
        [
            request.RecordWishes(Officer, "Help", _f.Now),
            request.Answer(Officer, "OK", _f.Now),
            request.Escalate(Officer, Role.ServiceSupervisor, "?", _f.Now),
            request.Instruct(Supervisor, "Go", _f.Now),
            request.Decline(Officer, "No", _f.Now),
            request.RecordEmergencyAction(Officer, EmergencyOption.CallEmergencyNumber, "Called 120", _f.Now),
            request.ReportEmergency(Officer, "Done", _f.Now),
            request.ReferToSiteManager(Supervisor, "Go", _f.Now),
            request.ReplyInWriting(Supervisor, "Reply", _f.Now),
            request.TransferOwnership(Officer, OtherOfficer, "Handover", _f.Now),
            request.FollowUp(Officer, Satisfaction.Satisfied, null, _f.Now),
            request.Close(Officer, _f.Now),
        ];

        foreach (var attempt in attempts)
        {
            var rejection = Rejected(attempt, Codes.ContactRequired, "HR-07");
            Assert.EndsWith("while the request is AwaitingContact: the resident's address and contact phone must be recorded first.", rejection.Message);
        }

        Assert.Equal(1, request.Version);
        Assert.Equal(HelpRequestState.AwaitingContact, request.State);
        Assert.All(request.PermittedActions(Officer).Where(p => p.Action != HelpAction.RecordContact), p => Assert.False(p.IsPermitted));
    }

    [Fact]
    public void A_missing_address_or_phone_is_named_HR07()
    {
        var request = _f.Receive(HelpKind.GeneralHelp);

        Assert.Equal("Address", Rejected(request.RecordContact(Officer, null, Phone, _f.Now), Codes.ContactIncomplete, "HR-07").Field);
        Assert.Equal("Phone", Rejected(request.RecordContact(Officer, Address, default, _f.Now), Codes.ContactIncomplete, "HR-07").Field);
        var both = Rejected(request.RecordContact(Officer, null, default, _f.Now), Codes.ContactIncomplete, "HR-07");
        Assert.Contains("address and contact phone", both.Message);

        var contact = Assert.IsType<HelpRequestContactRecorded>(Assert.Single(_f.Ok(request.RecordContact(Officer, Address, Phone, _f.Now))));
        Assert.Equal(Address, contact.Address);
        Assert.Equal(Phone, request.Phone);
    }

    [Fact]
    public void Wishes_are_asked_after_contact_HR07()
    {
        var request = _f.WithContact(HelpKind.GeneralHelp);

        Rejected(request.Answer(Officer, "OK", _f.Now), Codes.NotAllowedNow, "HR-07");
        Rejected(request.RecordWishes(Officer, " ", _f.Now), Codes.WishesRequired, "HR-07");
        Assert.IsType<HelpRequestWishesRecorded>(Assert.Single(_f.Ok(request.RecordWishes(Officer, "Water the plants while away.", _f.Now))));

        Assert.Equal("Water the plants while away.", request.Wishes);
        Assert.Equal(HelpRequestState.InProgress, request.State);
    }

    // ---- HR-08: medical emergency ----

    [Fact]
    public void Major_emergency_is_reported_to_the_supervisor_at_once_HR08()
    {
        var request = _f.Receive(HelpKind.MedicalEmergency, isMajor: true);

        var events = _f.Ok(request.RecordContact(Officer, Address, Phone, _f.Now));

        Assert.Collection(events,
            e => Assert.IsType<HelpRequestContactRecorded>(e),
            e =>
            {
                var report = Assert.IsType<MajorEmergencyReported>(e);
                Assert.Equal(Role.ServiceSupervisor, report.Level);
                Assert.Equal(Address, report.Address);
                Assert.Equal(events[0].OccurredAt, report.OccurredAt);
                Assert.Equal(3, report.Version);
            });
        Assert.True(request.ReportedToSupervisor);

        _f.Ok(request.RecordEmergencyAction(Officer, EmergencyOption.CallEmergencyNumber, "Called 120; ambulance arrived 14:12.", _f.Now));
        Assert.Equal(HelpRequestState.Handled, request.State);
        Rejected(request.ReportEmergency(Officer, "Done", _f.Now), Codes.FollowUpRequired, "HR-06");
    }

    [Fact]
    public void Normal_emergency_is_reported_after_the_event_before_follow_up_HR08()
    {
        var request = _f.WithContact(HelpKind.MedicalEmergency);
        Assert.DoesNotContain(_f.Events, e => e is MajorEmergencyReported);

        _f.Ok(request.RecordEmergencyAction(Officer, EmergencyOption.SendSomeoneToCare, "Sent 李丽 to sit with the resident.", _f.Now));
        Assert.Equal(HelpRequestState.EmergencyAttended, request.State);
        Rejected(request.FollowUp(Officer, Satisfaction.Satisfied, null, _f.Now), Codes.NotAllowedNow, "HR-08");
        Rejected(request.ReportEmergency(Officer, "", _f.Now), Codes.ReportRequired, "HR-08");
        Assert.IsType<EmergencyReportedAfterEvent>(Assert.Single(_f.Ok(request.ReportEmergency(Officer, "Resident recovered; family informed.", _f.Now))));

        Assert.True(request.ReportedToSupervisor);
        Assert.Equal(HelpRequestState.Handled, request.State);
    }

    [Theory]
    [InlineData(EmergencyOption.TakeToHospital)]
    [InlineData(EmergencyOption.CallEmergencyNumber)]
    [InlineData(EmergencyOption.SendSomeoneToCare)]
    public void Emergency_records_the_option_chosen_and_what_was_done_HR08(EmergencyOption option)
    {
        var request = _f.WithContact(HelpKind.MedicalEmergency);

        Rejected(request.RecordWishes(Officer, "Help", _f.Now), Codes.EmergencyRecordsAction, "HR-08");
        Rejected(request.RecordEmergencyAction(Officer, option, " ", _f.Now), Codes.EmergencyActionRequired, "HR-08");
        Assert.Throws<ArgumentOutOfRangeException>(() => request.RecordEmergencyAction(Officer, (EmergencyOption)9, "Done", _f.Now));
        var action = Assert.IsType<EmergencyActionRecorded>(Assert.Single(_f.Ok(request.RecordEmergencyAction(Officer, option, "Done at 14:05", _f.Now))));

        Assert.Equal(option, action.Option);
        Assert.Equal(option, request.EmergencyOption);
        Assert.Equal("Done at 14:05", request.EmergencyActionTaken);
    }

    [Fact]
    public void Emergency_steps_apply_to_emergencies_only_HR08()
    {
        var request = _f.WithContact(HelpKind.GeneralHelp);

        Rejected(request.RecordEmergencyAction(Officer, EmergencyOption.TakeToHospital, "Went", _f.Now), Codes.NotAnEmergency, "HR-08");
        var result = HelpRequest.Receive("H-2", Officer, HelpKind.OralInquiry, _f.Now, isMajor: true);
        Assert.Equal(Codes.MajorOnlyForEmergency, result.Rejection?.Code);
    }

    [Fact]
    public void Supervisor_refers_an_emergency_to_the_site_manager_once_HR08()
    {
        var request = _f.WithContact(HelpKind.MedicalEmergency, isMajor: true);

        Rejected(request.ReferToSiteManager(Officer, "Call the family", _f.Now), Codes.NotReferrer, "HR-08");
        Rejected(request.ReferToSiteManager(Supervisor, " ", _f.Now), Codes.InstructionRequired, "HR-08");
        var referral = Assert.IsType<EmergencyReferredToSiteManager>(Assert.Single(_f.Ok(request.ReferToSiteManager(Supervisor, "Send the duty driver to the hospital.", _f.Now))));

        Assert.Equal("Send the duty driver to the hospital.", referral.SiteManagerInstruction);
        Assert.True(request.ReferredToSiteManager);
        Assert.Equal(HelpRequestState.ContactRecorded, request.State);
        Rejected(request.ReferToSiteManager(Supervisor, "Again", _f.Now), Codes.AlreadyReferred, "HR-08");
    }

    [Fact]
    public void Normal_emergency_is_referred_only_once_reported_HR08()
    {
        var request = _f.WithContact(HelpKind.MedicalEmergency);
        _f.Ok(request.RecordEmergencyAction(Officer, EmergencyOption.TakeToHospital, "Drove to hospital.", _f.Now));

        Rejected(request.ReferToSiteManager(Supervisor, "Visit", _f.Now), Codes.NotReported, "HR-08");
        _f.Ok(request.ReportEmergency(Officer, "At hospital.", _f.Now));
        _f.Ok(request.ReferToSiteManager(Supervisor, "Visit with flowers.", _f.Now));

        var other = new HelpRequestFixture();
        var general = other.Handled();
        Rejected(general.ReferToSiteManager(Supervisor, "Visit", other.Now), Codes.NotAnEmergency, "HR-08");
    }

    // ---- HR-09: inquiries ----

    [Fact]
    public void Written_inquiry_is_registered_and_answered_in_writing_by_the_supervisor_HR09()
    {
        var request = _f.WithContact(HelpKind.WrittenInquiry);

        var registered = Assert.IsType<WrittenInquiryRegistered>(Assert.Single(_f.Ok(request.RecordWishes(Officer, "May I rent a second parking space?", _f.Now))));
        Assert.Equal("May I rent a second parking space?", registered.Question);
        Assert.Equal(HelpRequestState.AwaitingWrittenReply, request.State);

        Rejected(request.ReplyInWriting(Officer, "Yes", _f.Now), Codes.NotWrittenReplier, "HR-09");
        Rejected(request.Answer(Officer, "Yes", _f.Now), Codes.NotAllowedNow, "HR-09");
        Rejected(request.Escalate(Officer, Role.ServiceSupervisor, "?", _f.Now), Codes.NotAllowedNow, "HR-09");
        Rejected(request.ReplyInWriting(Supervisor, "", _f.Now), Codes.ReplyRequired, "HR-09");
        Assert.IsType<WrittenReplySent>(Assert.Single(_f.Ok(request.ReplyInWriting(Supervisor, "Yes, from the 1st of next month.", _f.Now))));

        Assert.Equal(HelpRequestState.Handled, request.State);
        Assert.Equal("Yes, from the 1st of next month.", request.WrittenReply);
    }

    [Fact]
    public void Service_center_manager_may_reply_in_writing_HR09()
    {
        var request = _f.WithContact(HelpKind.WrittenInquiry);
        _f.Ok(request.RecordWishes(Officer, "Question", _f.Now));

        _f.Ok(request.ReplyInWriting(Manager, "Answer", _f.Now));

        Assert.Equal(HelpRequestState.Handled, request.State);
    }

    [Fact]
    public void An_uncertain_oral_answer_must_go_through_the_supervisor_HR09()
    {
        var request = _f.InProgress(HelpKind.OralInquiry);

        var rejection = Rejected(request.Answer(Officer, "Probably 300 yuan.", _f.Now, isCertain: false), Codes.UncertainAnswer, "HR-09");
        Assert.Contains("never pretend to know", rejection.Message);
        Assert.Equal(HelpRequestState.InProgress, request.State);

        _f.Ok(request.Escalate(Officer, Role.ServiceSupervisor, "What is the deposit for renovation?", _f.Now));
        _f.Ok(request.Instruct(Supervisor, "2,000 yuan, refunded after inspection.", _f.Now));
        _f.Ok(request.Answer(Officer, "2,000 yuan, refunded after inspection.", _f.Now, isCertain: false));

        Assert.Equal(HelpRequestState.Handled, request.State);
    }

    [Fact]
    public void A_certain_oral_answer_is_given_at_once_HR09()
    {
        var request = _f.InProgress(HelpKind.OralInquiry);

        _f.Ok(request.Answer(Officer, "The pool opens at 9.", _f.Now));

        Assert.Equal(HelpRequestState.Handled, request.State);
    }

    // ---- behaviour common to every command ----

    [Fact]
    public void A_rejection_changes_nothing()
    {
        var request = _f.InProgress();
        var before = HelpRequestSnapshot.Of(request);

        Rejected(request.Decline(Technician, "No", _f.Now), Codes.NotOwnerOrSupervisor, "HR-06");
        Rejected(request.Close(Officer, _f.Now), Codes.NotAllowedNow, "HR-04");
        Rejected(request.Answer(Officer, "Maybe", _f.Now, isCertain: false), Codes.UncertainAnswer, "HR-09");

        Assert.Equal(before, HelpRequestSnapshot.Of(request));
    }

    [Fact]
    public void Staff_of_another_site_are_rejected()
    {
        var request = _f.Receive(HelpKind.GeneralHelp);

        var rejection = Rejected(request.RecordContact(ForeignOfficer, Address, Phone, _f.Now), Codes.WrongSite, null!);

        Assert.Equal("Actor", rejection.Field);
    }

    [Fact]
    public void Commands_dated_before_the_last_event_are_rejected()
    {
        var request = _f.InProgress();
        var last = request.LastEventAt;
        var earlier = last - Duration.FromSeconds(1);
        var before = HelpRequestSnapshot.Of(request);
        Result<IReadOnlyList<DomainEvent>>[] attempts =
        [
            request.RecordContact(Officer, Address, Phone, earlier),
            request.RecordWishes(Officer, "Help", earlier),
            request.Answer(Officer, "OK", earlier),
            request.Escalate(Officer, Role.ServiceSupervisor, "?", earlier),
            request.Instruct(Supervisor, "Go", earlier),
            request.Decline(Officer, "No", earlier),
            request.RecordEmergencyAction(Officer, EmergencyOption.CallEmergencyNumber, "Called 120", earlier),
            request.ReportEmergency(Officer, "Done", earlier),
            request.ReferToSiteManager(Supervisor, "Go", earlier),
            request.ReplyInWriting(Supervisor, "Reply", earlier),
            request.TransferOwnership(Officer, OtherOfficer, "Handover", earlier),
            request.FollowUp(Officer, Satisfaction.Satisfied, null, earlier),
            request.Close(Officer, earlier),
        ];

        foreach (var attempt in attempts)
        {
            var rejection = Rejected(attempt, Codes.TimeBeforeLastEvent, null!);
            Assert.Equal("At", rejection.Field);
            Assert.Contains("time order", rejection.Message);
        }

        Assert.Equal(before, HelpRequestSnapshot.Of(request));
        Assert.Equal(last, HelpRequest.FromEvents(_f.Events).LastEventAt);

        // The same instant as the last event is not earlier: it is accepted.
        var answered = Assert.Single(_f.Ok(request.Answer(Officer, "OK", last)));
        Assert.Equal(last, answered.OccurredAt);
    }

    [Fact]
    public void Events_carry_consecutive_versions_and_the_clock_time()
    {
        var request = _f.Receive(HelpKind.GeneralHelp);
        var at = _f.Now;

        var e = Assert.Single(_f.Ok(request.RecordContact(Officer, Address, Phone, _f.Now)));

        Assert.Equal(2, e.Version);
        Assert.Equal(at, e.OccurredAt);
        Assert.Equal("H-1", e.AggregateId);
        Assert.Same(Officer, e.Actor);
    }

    [Fact]
    public void Permitted_actions_give_the_reason_for_each_forbidden_one()
    {
        var request = _f.Escalated();

        var forOfficer = request.PermittedActions(Officer).ToDictionary(p => p.Action);
        var forSupervisor = request.PermittedActions(Supervisor).ToDictionary(p => p.Action);

        Assert.Equal(Enum.GetValues<HelpAction>().Length, forOfficer.Count);
        Assert.True(forOfficer[HelpAction.Decline].IsPermitted);
        Assert.True(forOfficer[HelpAction.TransferOwnership].IsPermitted);
        Assert.Equal(Codes.NotEscalationLevel, forOfficer[HelpAction.Instruct].Reason?.Code);
        Assert.Equal(Codes.NotAllowedNow, forOfficer[HelpAction.Close].Reason?.Code);
        Assert.Equal("HR-04", forOfficer[HelpAction.Close].Reason?.RuleId);
        Assert.True(forSupervisor[HelpAction.Instruct].IsPermitted);
        Assert.Equal(Codes.NotAllowedNow, forSupervisor[HelpAction.Answer].Reason?.Code);
        Assert.All(forOfficer.Values.Where(p => !p.IsPermitted), p => Assert.False(string.IsNullOrWhiteSpace(p.Reason!.Message)));
        Assert.Equal(
            [HelpAction.Decline, HelpAction.TransferOwnership],
            forOfficer.Values.Where(p => p.IsPermitted).Select(p => p.Action));
    }

    [Fact]
    public void Rebuilding_from_events_gives_the_same_state_and_events()
    {
        var request = _f.Escalated();
        _f.Ok(request.TransferOwnership(Officer, OtherOfficer, "Handover", _f.Now));
        _f.Ok(request.Instruct(Manager, "Yes", _f.Now));

        var rebuilt = HelpRequest.FromEvents(_f.Events);

        Assert.Equal(HelpRequestSnapshot.Of(request), HelpRequestSnapshot.Of(rebuilt));
        Assert.Equal(_f.Events, rebuilt.Events);
        _f.Ok(rebuilt.Answer(OtherOfficer, "Yes", _f.Now));
        Assert.Equal(_f.Events, rebuilt.Events);
    }

    [Fact]
    public void Rebuilding_rejects_a_broken_history()
    {
        var request = _f.InProgress();
        var events = _f.Events.ToList();

        Assert.Equal(0, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([])).Version);
        Assert.Equal(1, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents(events.Skip(1))).Version);
        Assert.Equal(2, Assert.Throws<InvalidHistoryException>(() => HelpRequest.FromEvents([events[0], events[2]])).Version);
        Assert.Equal(request.Version, HelpRequest.FromEvents(events).Version);
    }

    [Fact]
    public void Every_help_request_event_is_its_own_sealed_type()
    {
        var types = typeof(HelpRequest).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(HelpRequest).Namespace && t.IsSubclassOf(typeof(DomainEvent)))
            .ToList();

        Assert.Equal(16, types.Count);
        Assert.All(types, t => Assert.True(t.IsSealed && t.IsPublic, t.Name));
    }
}
