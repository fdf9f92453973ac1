using NodaTime;
using static PropertyService.HelpRequests.HelpRequestFixture;
using Codes = PropertyService.HelpRequests.HelpRequestRejectionCodes;

namespace PropertyService.HelpRequests;

/// <summary>The workflow's table as a request shows it: what each state waits for, the check order, the queries.</summary>
public class HelpRequestWorkflowTests
{
    /// <summary>For each state: the rule whose step is pending, the code of a refusal because of the state, what comes first,
    /// and the actions the state offers at all.</summary>
    private static readonly Dictionary<HelpRequestState, (string? Rule, string Code, string WhatFirst, HelpAction[] Offered)> Pending = new()
    {
        [HelpRequestState.AwaitingContact] = ("HR-07", Codes.ContactRequired, "the resident's address and contact phone must be recorded first", [HelpAction.RecordContact]),
        [HelpRequestState.ContactRecorded] = ("HR-07", Codes.NotAllowedNow, "what the resident wants (in a medical emergency, the option chosen and what was done) must be recorded first", [HelpAction.RecordWishes, HelpAction.RecordEmergencyAction, HelpAction.ReferToSiteManager, HelpAction.TransferOwnership]),
        [HelpRequestState.InProgress] = ("HR-04", Codes.NotAllowedNow, "the owner must first answer the resident, ask the supervisor or manager, or decline", [HelpAction.Answer, HelpAction.Escalate, HelpAction.Decline, HelpAction.TransferOwnership]),
        [HelpRequestState.Escalated] = ("HR-04", Codes.NotAllowedNow, "the supervisor or manager asked must instruct the owner first", [HelpAction.Instruct, HelpAction.Decline, HelpAction.TransferOwnership]),
        [HelpRequestState.Instructed] = ("HR-04", Codes.NotAllowedNow, "the owner must first answer the resident on the instruction", [HelpAction.Answer, HelpAction.Decline, HelpAction.TransferOwnership]),
        [HelpRequestState.AwaitingWrittenReply] = ("HR-09", Codes.NotAllowedNow, "the supervisor or manager must reply to the written inquiry first", [HelpAction.ReplyInWriting, HelpAction.Decline, HelpAction.TransferOwnership]),
        [HelpRequestState.EmergencyAttended] = ("HR-08", Codes.NotAllowedNow, "the owner must report the emergency to the supervisor first", [HelpAction.ReportEmergency, HelpAction.ReferToSiteManager, HelpAction.TransferOwnership]),
        [HelpRequestState.Handled] = ("HR-06", Codes.FollowUpRequired, "the owner must follow up with the resident first", [HelpAction.FollowUp, HelpAction.ReferToSiteManager, HelpAction.TransferOwnership]),
        [HelpRequestState.Declined] = ("HR-06", Codes.FollowUpRequired, "the owner must follow up with the resident first", [HelpAction.FollowUp, HelpAction.TransferOwnership]),
        [HelpRequestState.FollowedUp] = ("HR-06", Codes.NotAllowedNow, "the request is followed up and only its owner's close remains", [HelpAction.Close, HelpAction.TransferOwnership]),
        [HelpRequestState.Closed] = (null, Codes.NotAllowedNow, "the request is closed", []),
    };

    public static TheoryData<HelpRequestState> States() => [.. Enum.GetValues<HelpRequestState>()];

    [Theory]
    [MemberData(nameof(States))]
    public void Every_refusal_because_of_the_state_cites_the_pending_step_HR04_to_HR09(HelpRequestState state)
    {
        var f = new HelpRequestFixture();
        var request = Reach(f, state);
        var (rule, code, whatFirst, offered) = Pending[state];
        Assert.Equal(state, request.State);

        foreach (var action in Enum.GetValues<HelpAction>())
        {
            foreach (var actor in (Actor[])[Officer, Supervisor])
            {
                var whyNot = request.WhyNot(actor, action);
                if (offered.Contains(action))
                {
                    Assert.False(whyNot?.Message.Contains("is not possible while", StringComparison.Ordinal) ?? false, $"{action} in {state}: {whyNot}");
                    continue;
                }

                Assert.NotNull(whyNot);
                Assert.Equal(code, whyNot.Code);
                Assert.Equal(rule, whyNot.RuleId);
                Assert.Equal($"{action} is not possible while the request is {state}: {whatFirst}.", whyNot.Message);

                // The command returns the same refusal, whatever its arguments, and changes nothing.
                var before = request.Version;
                Assert.Equal(whyNot, HelpRequestCommands.Run(request, action, actor, f.Now).Rejection);
                Assert.Equal(before, request.Version);
            }
        }
    }

    [Fact]
    public void Checks_run_site_then_time_then_state_and_guards_then_arguments()
    {
        var f = new HelpRequestFixture();
        var request = f.WithContact(HelpKind.GeneralHelp);
        var earlier = request.LastEventAt - Duration.FromMinutes(1);

        // Site before time.
        Assert.Equal(Codes.WrongSite, request.Decline(ForeignOfficer, " ", earlier).Rejection?.Code);

        // Time before state.
        Assert.Equal(Codes.TimeBeforeLastEvent, request.Decline(Officer, " ", earlier).Rejection?.Code);

        // State before arguments: a decline with no reason is refused for the state first (HR-07 pending).
        var byState = request.Decline(Officer, " ", f.Now).Rejection;
        Assert.Equal((Codes.NotAllowedNow, "HR-07"), (byState?.Code, byState?.RuleId));

        // Guards before arguments: another officer's blank wishes are refused for the owner rule.
        Assert.Equal(Codes.NotOwner, request.RecordWishes(OtherOfficer, " ", f.Now).Rejection?.Code);

        // Then the arguments.
        Assert.Equal(Codes.WishesRequired, request.RecordWishes(Officer, " ", f.Now).Rejection?.Code);
        Assert.Equal(2, request.Version);
    }

    [Fact]
    public void Why_not_gives_the_rejection_the_command_would_return()
    {
        var f = new HelpRequestFixture();
        var request = f.Escalated();

        Assert.Null(request.WhyNot(Supervisor, HelpAction.Instruct));
        Assert.Equal(Codes.NotEscalationLevel, request.WhyNot(Officer, HelpAction.Instruct)?.Code);
        Assert.Equal(Codes.WrongSite, request.WhyNot(ForeignOfficer, HelpAction.Instruct)?.Code);
        Assert.Equal(request.Instruct(Officer, "Yes", f.Now).Rejection, request.WhyNot(Officer, HelpAction.Instruct));
        Assert.All(request.PermittedActions(Officer), p => Assert.Equal(request.WhyNot(Officer, p.Action), p.Reason));
        Assert.Throws<ArgumentOutOfRangeException>(() => request.WhyNot(Officer, (HelpAction)99));
        Assert.Throws<ArgumentNullException>(() => request.WhyNot(null!, HelpAction.Instruct));
        Assert.All(request.PermittedActions(ForeignOfficer), p => Assert.Equal(Codes.WrongSite, p.Reason?.Code));
    }

    [Fact]
    public void Undefined_enum_values_are_programmer_errors()
    {
        var f = new HelpRequestFixture();
        var request = f.InProgress();

        Assert.Throws<ArgumentOutOfRangeException>(() => HelpRequest.Receive("H-2", Officer, (HelpKind)42, f.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => request.Escalate(Officer, (Role)42, "?", f.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => request.RecordEmergencyAction(Officer, (EmergencyOption)42, "Done", f.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => request.FollowUp(Officer, (Satisfaction)42, null, f.Now));
        Assert.Equal(3, request.Version);
    }

    [Fact]
    public void Events_are_a_read_only_view_that_cannot_be_cast_back_to_a_list()
    {
        var f = new HelpRequestFixture();
        var request = f.InProgress();

        Assert.IsNotType<List<DomainEvent>>(request.Events);
        Assert.IsNotType<DomainEvent[]>(request.Events);
        Assert.Throws<NotSupportedException>(() => ((IList<DomainEvent>)request.Events).Add(request.Events[0]));
        Assert.Equal(f.Events, request.Events);
    }

    [Fact]
    public void Follow_up_records_the_residents_satisfaction_and_remarks_trimmed_HR06()
    {
        var f = new HelpRequestFixture();
        var request = f.Handled();

        var followedUp = Assert.IsType<HelpRequestFollowedUp>(Assert.Single(f.Ok(request.FollowUp(Officer, Satisfaction.Neutral, "  Slow but fine.  ", f.Now))));

        Assert.Equal(Satisfaction.Neutral, followedUp.Satisfaction);
        Assert.Equal("Slow but fine.", followedUp.Remarks);
        Assert.Equal(Satisfaction.Neutral, request.Satisfaction);
        Assert.Null(new HelpRequestFollowedUp("H-1", 9, f.Now, Officer, Satisfaction.Satisfied, "  ").Remarks);
    }

    [Fact]
    public void Diagrams_come_from_the_same_table()
    {
        var dot = HelpRequest.DotGraph();

        Assert.StartsWith("digraph", dot, StringComparison.Ordinal);
        Assert.All(Enum.GetNames<HelpRequestState>(), state => Assert.Contains(state, dot));
        Assert.Contains("never pretend to know", dot);
    }

    /// <summary>Drives a request to <paramref name="state"/> through its commands.</summary>
    private static HelpRequest Reach(HelpRequestFixture f, HelpRequestState state)
    {
        switch (state)
        {
            case HelpRequestState.AwaitingContact:
                return f.Receive(HelpKind.GeneralHelp);
            case HelpRequestState.ContactRecorded:
                return f.WithContact(HelpKind.GeneralHelp);
            case HelpRequestState.InProgress:
                return f.InProgress();
            case HelpRequestState.Escalated:
                return f.Escalated();
            case HelpRequestState.Instructed:
            {
                var r = f.Escalated();
                f.Ok(r.Instruct(Supervisor, "Yes", f.Now));
                return r;
            }

            case HelpRequestState.AwaitingWrittenReply:
            {
                var r = f.WithContact(HelpKind.WrittenInquiry);
                f.Ok(r.RecordWishes(Officer, "May I?", f.Now));
                return r;
            }

            case HelpRequestState.EmergencyAttended:
            {
                var r = f.WithContact(HelpKind.MedicalEmergency);
                f.Ok(r.RecordEmergencyAction(Officer, EmergencyOption.TakeToHospital, "Drove.", f.Now));
                return r;
            }

            case HelpRequestState.Handled:
                return f.Handled();
            case HelpRequestState.Declined:
            {
                var r = f.InProgress();
                f.Ok(r.Decline(Officer, "No.", f.Now));
                return r;
            }

            default:
            {
                var r = f.Handled();
                f.Ok(r.FollowUp(Officer, Satisfaction.Satisfied, null, f.Now));
                if (state == HelpRequestState.Closed)
                {
                    f.Ok(r.Close(Officer, f.Now));
                }

                return r;
            }
        }
    }
}
