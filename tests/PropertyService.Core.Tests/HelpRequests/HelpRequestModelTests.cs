using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static PropertyService.HelpRequests.HelpRequestFixture;

namespace PropertyService.HelpRequests;

/// <summary>
/// Model-based test: random command sequences by random actors of every role, right and wrong, run against a
/// <see cref="HelpRequest"/> and against a small reference model of HR-03..HR-09; after every command the two must
/// agree, and the invariants of the rules must hold.
/// </summary>
public class HelpRequestModelTests
{
    /// <summary>Who acts, relative to the request: resolved against the model when the command runs.</summary>
    public enum Who
    {
        Owner,
        OtherOfficer,
        Supervisor,
        Manager,
        SiteManager,
        Technician,
        Resident,
        ForeignOfficer,
    }

    public sealed record Command(HelpAction Action, Who Who, bool ValidInput, bool Certain, Role Level, EmergencyOption Option, Satisfaction Satisfaction);

    public sealed record Scenario(HelpKind Kind, bool IsMajor, Command[] Commands)
    {
        public override string ToString() => $"{Kind}{(IsMajor ? " (major)" : string.Empty)}: {string.Join(", ", Commands.Select(c => $"{c.Action} by {c.Who}{(c.ValidInput ? string.Empty : " [bad input]")}{(c.Certain ? string.Empty : " [uncertain]")}{(c.Action == HelpAction.Escalate ? $" to {c.Level}" : string.Empty)}"))}";
    }

    private static readonly Actor ThirdOfficer = new("E03", "孙敏", Site, Role.Officer);

    private static readonly Gen<Command> Commands =
        from action in Gen.Elements(Enum.GetValues<HelpAction>())
        from who in Gen.Elements(
            Who.Owner, Who.Owner, Who.Owner, Who.Owner, Who.Owner, Who.Owner, Who.OtherOfficer, Who.Supervisor, Who.Supervisor,
            Who.Manager, Who.SiteManager, Who.Technician, Who.Resident, Who.ForeignOfficer)
        from valid in Gen.Elements(true, true, true, true, true, true, true, true, true, false)
        from certain in Gen.Elements(true, true, true, false)
        from level in Gen.Elements(Role.ServiceSupervisor, Role.ServiceSupervisor, Role.ServiceManager, Role.SiteManager)
        from option in Gen.Elements(Enum.GetValues<EmergencyOption>())
        from satisfaction in Gen.Elements(Enum.GetValues<Satisfaction>())
        select new Command(action, who, valid, certain, level, option, satisfaction);

    /// <summary>Random scenarios; the serialization tests run them too, for realistic histories.</summary>
    internal static readonly Gen<Scenario> Scenarios =
        from kind in Gen.Elements(Enum.GetValues<HelpKind>())
        from major in Gen.Elements(true, false)
        from length in Gen.Choose(1, 40)
        from commands in Commands.ArrayOf(length)
        select new Scenario(kind, major && kind == HelpKind.MedicalEmergency, commands);

    [Property(MaxTest = 1000)]
    public Property Random_commands_by_random_actors_agree_with_the_rules_HR03_to_HR09() =>
        Prop.ForAll(Scenarios.ToArbitrary(), scenario =>
        {
            Run(scenario);
            return true;
        });

    /// <summary>Runs <paramref name="scenario"/> against the aggregate and the model, and returns the history it made.</summary>
    internal static IReadOnlyList<DomainEvent> Run(Scenario scenario)
    {
        var f = new HelpRequestFixture();
        var request = f.Receive(scenario.Kind, scenario.IsMajor);
        var model = new Model(scenario.Kind, scenario.IsMajor, Officer);

        foreach (var command in scenario.Commands)
        {
            // Every command, accepted or not, is dated a minute after the one before it.
            f.Clock.AdvanceMinutes(1);
            var at = f.Now;
            var actor = Resolve(command.Who, model.Owner);
            var ownerBefore = model.Owner;
            var before = HelpRequestSnapshot.Of(request);
            var expected = model.Accepts(command, actor, TransferTarget(command, model.Owner));
            var result = Execute(request, command, actor, model.Owner, at);

            Assert.True(expected == result.IsSuccess, $"{command.Action} by {command.Who} in {model.State}: model says {(expected ? "accept" : "reject")}, request says {result}");
            if (result.IsRejected)
            {
                // A rejection changes nothing, and says why.
                Assert.Equal(before, HelpRequestSnapshot.Of(request));
                Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Message));

                // HR-07: nothing but contact recording happens before contact is recorded.
                if (model.State == HelpRequestState.AwaitingContact && command.Action != HelpAction.RecordContact && actor.Site == Site)
                {
                    Assert.Equal(HelpRequestRejectionCodes.ContactRequired, result.Rejection.Code);
                }

                continue;
            }

            var events = result.Value;
            f.Events.AddRange(events);
            Assert.All(events, e => Assert.Equal(at, e.OccurredAt));
            model.Apply(command, TransferTarget(command, ownerBefore));
            CheckInvariants(command, actor, ownerBefore, events, request, model, f.Events);
        }

        // Rebuilding from events gives the same state (checked after every step above, and here for the whole history).
        Assert.Equal(HelpRequestSnapshot.Of(request), HelpRequestSnapshot.Of(HelpRequest.FromEvents(f.Events)));
        return f.Events;
    }

    private static void CheckInvariants(Command command, Actor actor, Actor ownerBefore, IReadOnlyList<DomainEvent> events, HelpRequest request, Model model, List<DomainEvent> history)
    {
        Assert.Equal(model.State, request.State);
        Assert.Equal(model.Owner, request.FirstContactOwner);
        Assert.Equal(history.Count, request.Version);
        Assert.All(events, e => Assert.Same(actor, e.Actor));

        // HR-06: only the current owner acts, or a supervisor/manager where the rule says so.
        var supervisorRule = command.Action is HelpAction.Instruct or HelpAction.ReplyInWriting or HelpAction.ReferToSiteManager
            or HelpAction.Decline or HelpAction.TransferOwnership;
        Assert.True(
            actor.Equals(ownerBefore) || (supervisorRule && actor.HasAnyRole(Role.ServiceSupervisor, Role.ServiceManager, Role.SiteManager)),
            $"{actor} took {command.Action} on a request owned by {ownerBefore}");

        // HR-07: the first step after receipt is always the contact.
        Assert.IsType<HelpRequestContactRecorded>(history[1]);

        // HR-05: every decline carries a reason.
        Assert.All(history.OfType<HelpRequestDeclined>(), d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));

        // HR-08: a major emergency always produces an immediate escalation, with the contact.
        if (model.IsMajor)
        {
            var report = Assert.IsType<MajorEmergencyReported>(history[2]);
            Assert.Equal(history[1].OccurredAt, report.OccurredAt);
        }
        else
        {
            Assert.DoesNotContain(history, e => e is MajorEmergencyReported);
        }

        // HR-06: nothing closes without the owner's follow-up.
        if (request.State == HelpRequestState.Closed)
        {
            var followUp = Assert.Single(history.OfType<HelpRequestFollowedUp>());
            Assert.True(history.IndexOf(followUp) < history.Count - 1);
        }

        // Rebuilding from events gives the same state.
        Assert.Equal(HelpRequestSnapshot.Of(request), HelpRequestSnapshot.Of(HelpRequest.FromEvents(history)));
    }

    private static Actor Resolve(Who who, Actor owner) => who switch
    {
        Who.Owner => owner,
        Who.OtherOfficer => owner.Equals(OtherOfficer) ? ThirdOfficer : OtherOfficer,
        Who.Supervisor => Supervisor,
        Who.Manager => Manager,
        Who.SiteManager => SiteManager,
        Who.Technician => Technician,
        Who.Resident => ResidentActor,
        _ => ForeignOfficer,
    };

    // A valid transfer goes to an officer who is not the owner; an invalid one to a technician.
    private static Actor TransferTarget(Command command, Actor owner) =>
        !command.ValidInput ? Technician : owner.Equals(OtherOfficer) ? Officer : OtherOfficer;

    private static Result<IReadOnlyList<DomainEvent>> Execute(HelpRequest request, Command c, Actor actor, Actor owner, NodaTime.Instant at)
    {
        var text = c.ValidInput ? "Text for the resident." : " ";
        return c.Action switch
        {
            HelpAction.RecordContact => request.RecordContact(actor, c.ValidInput ? Address : null, Phone, at),
            HelpAction.RecordWishes => request.RecordWishes(actor, text, at),
            HelpAction.Answer => request.Answer(actor, text, at, c.Certain),
            HelpAction.Escalate => request.Escalate(actor, c.Level, text, at),
            HelpAction.Instruct => request.Instruct(actor, text, at),
            HelpAction.Decline => request.Decline(actor, text, at),
            HelpAction.RecordEmergencyAction => request.RecordEmergencyAction(actor, c.Option, text, at),
            HelpAction.ReportEmergency => request.ReportEmergency(actor, text, at),
            HelpAction.ReferToSiteManager => request.ReferToSiteManager(actor, text, at),
            HelpAction.ReplyInWriting => request.ReplyInWriting(actor, text, at),
            HelpAction.TransferOwnership => request.TransferOwnership(actor, TransferTarget(c, owner), "Shift handover", at),
            HelpAction.FollowUp => request.FollowUp(actor, c.Satisfaction, null, at),
            _ => request.Close(actor, at),
        };
    }

    /// <summary>The reference model: the rules written as plainly as possible.</summary>
    private sealed class Model(HelpKind kind, bool isMajor, Actor owner)
    {
        public HelpKind Kind { get; } = kind;

        public bool IsMajor { get; } = isMajor;

        public HelpRequestState State { get; private set; } = HelpRequestState.AwaitingContact;

        public Actor Owner { get; private set; } = owner;

        private Role Level { get; set; }

        private bool Reported { get; set; }

        private bool Referred { get; set; }

        public bool Accepts(Command c, Actor actor, Actor transferTarget)
        {
            if (actor.Site != Site || (State == HelpRequestState.AwaitingContact && c.Action != HelpAction.RecordContact))
            {
                return false;
            }

            var hasInput = c.Action is not (HelpAction.FollowUp or HelpAction.Close);
            if ((hasInput && !c.ValidInput) || (c.Action == HelpAction.Escalate && c.Level == Role.SiteManager))
            {
                return false;
            }

            var isOwner = actor.Equals(Owner);
            var isSupervisor = actor.HasAnyRole(Role.ServiceSupervisor, Role.ServiceManager);
            var emergency = Kind == HelpKind.MedicalEmergency;
            return c.Action switch
            {
                HelpAction.RecordContact => State == HelpRequestState.AwaitingContact && isOwner,
                HelpAction.RecordWishes => State == HelpRequestState.ContactRecorded && isOwner && !emergency,
                HelpAction.RecordEmergencyAction => State == HelpRequestState.ContactRecorded && isOwner && emergency,
                HelpAction.ReportEmergency => State == HelpRequestState.EmergencyAttended && isOwner,
                HelpAction.Answer => isOwner && ((State == HelpRequestState.InProgress && c.Certain) || State == HelpRequestState.Instructed),
                HelpAction.Escalate => State == HelpRequestState.InProgress && isOwner,
                HelpAction.Instruct => State == HelpRequestState.Escalated
                    && (actor.HasAnyRole(Role.ServiceManager, Role.SiteManager) || (Level == Role.ServiceSupervisor && actor.HasRole(Role.ServiceSupervisor))),
                HelpAction.Decline => State is HelpRequestState.InProgress or HelpRequestState.Escalated or HelpRequestState.Instructed or HelpRequestState.AwaitingWrittenReply
                    && (isOwner || isSupervisor),
                HelpAction.ReplyInWriting => State == HelpRequestState.AwaitingWrittenReply && isSupervisor,
                HelpAction.ReferToSiteManager => emergency && Reported && !Referred && isSupervisor
                    && State is HelpRequestState.ContactRecorded or HelpRequestState.EmergencyAttended or HelpRequestState.Handled,
                HelpAction.TransferOwnership => State is not (HelpRequestState.AwaitingContact or HelpRequestState.Closed)
                    && (isOwner || isSupervisor) && transferTarget.HasRole(Role.Officer) && !transferTarget.Equals(Owner),
                HelpAction.FollowUp => State is HelpRequestState.Handled or HelpRequestState.Declined && isOwner,
                _ => State == HelpRequestState.FollowedUp && isOwner,
            };
        }

        public void Apply(Command c, Actor transferTarget)
        {
            switch (c.Action)
            {
                case HelpAction.RecordContact:
                    State = HelpRequestState.ContactRecorded;
                    Reported = IsMajor;
                    break;
                case HelpAction.RecordWishes:
                    State = Kind == HelpKind.WrittenInquiry ? HelpRequestState.AwaitingWrittenReply : HelpRequestState.InProgress;
                    break;
                case HelpAction.RecordEmergencyAction:
                    State = IsMajor ? HelpRequestState.Handled : HelpRequestState.EmergencyAttended;
                    break;
                case HelpAction.ReportEmergency:
                    State = HelpRequestState.Handled;
                    Reported = true;
                    break;
                case HelpAction.Answer or HelpAction.ReplyInWriting:
                    State = HelpRequestState.Handled;
                    break;
                case HelpAction.Escalate:
                    State = HelpRequestState.Escalated;
                    Level = c.Level;
                    break;
                case HelpAction.Instruct:
                    State = HelpRequestState.Instructed;
                    break;
                case HelpAction.Decline:
                    State = HelpRequestState.Declined;
                    break;
                case HelpAction.ReferToSiteManager:
                    Referred = true;
                    break;
                case HelpAction.TransferOwnership:
                    Owner = transferTarget;
                    break;
                case HelpAction.FollowUp:
                    State = HelpRequestState.FollowedUp;
                    break;
                default:
                    State = HelpRequestState.Closed;
                    break;
            }
        }
    }
}
