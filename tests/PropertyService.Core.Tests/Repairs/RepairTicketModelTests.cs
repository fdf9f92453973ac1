using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PropertyService.Fees;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

/// <summary>
/// Model-based test: random command sequences by random actors (every role, right and wrong, and
/// another site), compared step by step with a small reference model of RP-02..RP-16 and CS-13..CS-15.
/// </summary>
public class RepairTicketModelTests
{
    private enum Cmd
    {
        IssueWorkOrder, NotifyEngineering, CollectScheduled, CollectUnscheduled, CollectNoItems,
        AssessFeasible, AssessNotFeasible, Accept, Decline, Assign, Arrive, MaterialsQualified,
        MaterialsUnqualified, ExtraWork, Complete, SignOff, RejectWork, Override, FollowUpSatisfied,
        FollowUpDissatisfied, Cancel, FixAtNight, Defer, TakeOver,
    }

    private static readonly Actor OfficerTechnician = new("OT1", "兼职", Site, Role.Officer, Role.Technician);

    private static readonly Actor[] Actors =
    [
        Officer, Officer2, ServiceSupervisor, ServiceManager, SiteManager, EngineeringSupervisor,
        Technician, Technician2, ResidentActor, OtherSiteOfficer, OfficerTechnician,
    ];

    private static readonly Cmd[] Commands = Enum.GetValues<Cmd>();

    /// <summary>The reference model: the facts the rules talk about, and nothing else.</summary>
    private sealed record Model(
        RepairState State,
        Actor? Assigned,
        Actor? NightTechnician,
        MaterialsStatus Materials,
        AssessmentPurpose? Purpose,
        decimal Owed,
        decimal Pending)
    {
        public decimal OwedNow => State is RepairState.Cancelled or RepairState.ClosedWithoutWork ? 0m : Owed;
    }

    private static Role[] RolesFor(Cmd cmd) => cmd switch
    {
        Cmd.IssueWorkOrder or Cmd.NotifyEngineering or Cmd.FollowUpSatisfied or Cmd.FollowUpDissatisfied
            or Cmd.Cancel or Cmd.TakeOver => [Role.Officer],
        Cmd.CollectScheduled or Cmd.CollectUnscheduled or Cmd.CollectNoItems => [Role.EngineeringSupervisor, Role.Technician],
        Cmd.AssessFeasible or Cmd.AssessNotFeasible or Cmd.Assign => [Role.EngineeringSupervisor],
        Cmd.Accept or Cmd.Decline => [Role.Resident, Role.Officer],
        Cmd.SignOff or Cmd.RejectWork => [Role.Resident],
        Cmd.Override => [Role.ServiceSupervisor, Role.ServiceManager], // RP-16: the manager is above the supervisor
        _ => [Role.Technician],
    };

    /// <summary>What the rules say happens: the next model, or null when the command must be refused.</summary>
    private static Model? Step(Model m, Cmd cmd, Actor actor, bool goodArgs)
    {
        if (actor.Site != Site || !actor.HasAnyRole(RolesFor(cmd)))
        {
            return null;
        }

        var needsGoodArgs = cmd is Cmd.Accept or Cmd.Decline or Cmd.SignOff or Cmd.RejectWork or Cmd.Override
            or Cmd.Cancel or Cmd.AssessNotFeasible or Cmd.ExtraWork or Cmd.FollowUpDissatisfied or Cmd.Assign;
        if (needsGoodArgs && !goodArgs)
        {
            return null;
        }

        var assigned = actor.Equals(m.Assigned);
        var beforeWork = m.State is RepairState.Reported or RepairState.LoggedAtNight or RepairState.DeferredToMorning
            or RepairState.WorkOrderIssued or RepairState.AwaitingCollection or RepairState.ReadyToAssign
            or RepairState.Assigned or RepairState.AwaitingMaterials
            || (m.State is RepairState.AwaitingAssessment or RepairState.AwaitingResidentDecision && m.Purpose == AssessmentPurpose.Repair);

        return (cmd, m.State) switch
        {
            (Cmd.Cancel, _) when beforeWork => m with { State = RepairState.Cancelled },
            (Cmd.IssueWorkOrder, RepairState.Reported) => m with { State = RepairState.WorkOrderIssued },
            (Cmd.FixAtNight, RepairState.LoggedAtNight) when actor.Equals(m.NightTechnician) => m with { State = RepairState.WorkCompleted, Assigned = actor },
            (Cmd.Defer, RepairState.LoggedAtNight) when actor.Equals(m.NightTechnician) => m with { State = RepairState.DeferredToMorning },
            (Cmd.TakeOver, RepairState.DeferredToMorning) => m with { State = RepairState.Reported },
            (Cmd.NotifyEngineering, RepairState.WorkOrderIssued) => m with { State = RepairState.AwaitingCollection },
            (Cmd.CollectScheduled, RepairState.AwaitingCollection) => m with { State = RepairState.ReadyToAssign, Owed = m.Owed + 30m },
            (Cmd.CollectUnscheduled or Cmd.CollectNoItems, RepairState.AwaitingCollection) => m with { State = RepairState.AwaitingAssessment, Purpose = AssessmentPurpose.Repair },
            (Cmd.AssessFeasible, RepairState.AwaitingAssessment) => m with { State = RepairState.AwaitingResidentDecision, Pending = 120m },
            (Cmd.AssessFeasible, RepairState.AwaitingMaterials) => m with { State = RepairState.AwaitingResidentDecision, Pending = 120m, Purpose = AssessmentPurpose.CompanyMaterials },
            (Cmd.AssessNotFeasible, RepairState.AwaitingAssessment) => m with
            {
                State = m.Purpose == AssessmentPurpose.Repair ? RepairState.ClosedWithoutWork : RepairState.OnSite,
                Purpose = null,
            },
            (Cmd.Accept, RepairState.AwaitingResidentDecision) => m with
            {
                State = m.Purpose == AssessmentPurpose.Repair ? RepairState.ReadyToAssign : RepairState.OnSite,
                Materials = m.Purpose == AssessmentPurpose.CompanyMaterials ? MaterialsStatus.ReplacedByCompany : m.Materials,
                Owed = m.Owed + m.Pending,
                Pending = 0m,
                Purpose = null,
            },
            (Cmd.Decline, RepairState.AwaitingResidentDecision) => m with
            {
                State = m.Purpose switch
                {
                    AssessmentPurpose.Repair => RepairState.ClosedWithoutWork,
                    AssessmentPurpose.ExtraWork => RepairState.OnSite,
                    _ => RepairState.AwaitingMaterials,
                },
                Pending = 0m,
                Purpose = null,
            },
            (Cmd.Assign, RepairState.ReadyToAssign) => m with { State = RepairState.Assigned, Assigned = Technician },
            (Cmd.Assign, RepairState.Assigned or RepairState.Rework) => m with { Assigned = Technician },
            (Cmd.Arrive, RepairState.Assigned) when assigned => m with { State = RepairState.OnSite },
            (Cmd.MaterialsQualified, RepairState.OnSite) when assigned && m.Materials == MaterialsStatus.AwaitingCheck => m with { Materials = MaterialsStatus.Qualified },
            (Cmd.MaterialsUnqualified, RepairState.OnSite) when assigned && m.Materials == MaterialsStatus.AwaitingCheck => m with { Materials = MaterialsStatus.Unqualified, State = RepairState.AwaitingMaterials },
            (Cmd.MaterialsQualified, RepairState.AwaitingMaterials) when assigned => m with { Materials = MaterialsStatus.Qualified, State = RepairState.OnSite },
            (Cmd.MaterialsUnqualified, RepairState.AwaitingMaterials) when assigned => m,
            (Cmd.ExtraWork, RepairState.OnSite) when assigned => m with { State = RepairState.AwaitingAssessment, Purpose = AssessmentPurpose.ExtraWork },
            (Cmd.Complete, RepairState.OnSite) when assigned && m.Materials is not (MaterialsStatus.AwaitingCheck or MaterialsStatus.Unqualified) => m with { State = RepairState.WorkCompleted },
            (Cmd.Complete, RepairState.Rework) when assigned => m with { State = RepairState.WorkCompleted },
            (Cmd.SignOff or Cmd.Override, RepairState.WorkCompleted) => m with { State = RepairState.SignedOff },
            (Cmd.RejectWork, RepairState.WorkCompleted) => m with { State = RepairState.Rework },
            (Cmd.FollowUpSatisfied, RepairState.SignedOff) => m with { State = RepairState.Closed },
            (Cmd.FollowUpDissatisfied, RepairState.SignedOff) => m with { State = RepairState.Rework },
            _ => null,
        };
    }

    private static Result<IReadOnlyList<DomainEvent>> Run(RepairTicket t, RepairFixture f, Cmd cmd, Actor actor, bool good)
    {
        var at = f.Now;
        var text = good ? "recorded reason" : " ";
        var resident = good ? Owner : Tenant;
        return cmd switch
        {
            Cmd.IssueWorkOrder => t.IssueWorkOrder(actor, f.Numbers, at),
            Cmd.NotifyEngineering => t.NotifyEngineering(actor, at),
            Cmd.CollectScheduled => t.Collect(actor, t.CreateQuoteRequest(Zone, [new QuoteRequestItem("S-01")]), f.Fees, at),
            Cmd.CollectUnscheduled => t.Collect(actor, t.CreateQuoteRequest(Zone, [new QuoteRequestItem("X-99")]), f.Fees, at),
            Cmd.CollectNoItems => t.Collect(actor, t.CreateQuoteRequest(Zone, []), f.Fees, at),
            Cmd.AssessFeasible => t.Assess(actor, Lines(120m), f.Fees, at),
            Cmd.AssessNotFeasible => t.AssessNotFeasible(actor, text, at),
            Cmd.Accept => t.AcceptQuote(actor, resident, QuoteAnswerChannel.Phone, at),
            Cmd.Decline => t.DeclineQuote(actor, resident, QuoteAnswerChannel.Phone, null, at),
            Cmd.Assign => t.Assign(actor, good ? Technician : Officer, at),
            Cmd.Arrive => t.Arrive(actor, at),
            Cmd.MaterialsQualified => t.CheckMaterials(actor, MaterialCheckResult.Qualified, null, at),
            Cmd.MaterialsUnqualified => t.CheckMaterials(actor, MaterialCheckResult.Unqualified, "wrong size", at),
            Cmd.ExtraWork => t.ReportExtraWork(actor, text, at),
            Cmd.Complete => t.CompleteWork(actor, null, at),
            Cmd.SignOff => t.SignOff(actor, resident, at),
            Cmd.RejectWork => t.RejectWork(actor, Owner, text, at),
            Cmd.Override => t.OverrideSignOff(actor, SignOffOverrideReason.ResidentUnreachable, text, at),
            Cmd.FollowUpSatisfied => t.FollowUp(actor, Satisfaction.Satisfied, null, at),
            Cmd.FollowUpDissatisfied => t.FollowUp(actor, Satisfaction.Dissatisfied, good ? "still broken" : null, at),
            Cmd.Cancel => t.Cancel(actor, text, at),
            Cmd.FixAtNight => t.FixAtNight(actor, null, at),
            Cmd.Defer => t.DeferToMorning(actor, null, at),
            Cmd.TakeOver => t.TakeOverInMorning(actor, at),
            _ => throw new ArgumentOutOfRangeException(nameof(cmd)),
        };
    }

    private static RepairAction ActionOf(Cmd cmd) => cmd switch
    {
        Cmd.IssueWorkOrder => RepairAction.IssueWorkOrder,
        Cmd.NotifyEngineering => RepairAction.NotifyEngineering,
        Cmd.CollectScheduled or Cmd.CollectUnscheduled or Cmd.CollectNoItems => RepairAction.Collect,
        Cmd.AssessFeasible or Cmd.AssessNotFeasible => RepairAction.Assess,
        Cmd.Accept => RepairAction.AcceptQuote,
        Cmd.Decline => RepairAction.DeclineQuote,
        Cmd.Assign => RepairAction.Assign,
        Cmd.Arrive => RepairAction.Arrive,
        Cmd.MaterialsQualified or Cmd.MaterialsUnqualified => RepairAction.CheckMaterials,
        Cmd.ExtraWork => RepairAction.ReportExtraWork,
        Cmd.Complete => RepairAction.CompleteWork,
        Cmd.SignOff => RepairAction.SignOff,
        Cmd.RejectWork => RepairAction.RejectWork,
        Cmd.Override => RepairAction.OverrideSignOff,
        Cmd.FollowUpSatisfied or Cmd.FollowUpDissatisfied => RepairAction.FollowUp,
        Cmd.Cancel => RepairAction.Cancel,
        Cmd.FixAtNight => RepairAction.FixAtNight,
        Cmd.Defer => RepairAction.DeferToMorning,
        _ => RepairAction.TakeOverInMorning,
    };

    private static Role[] EventRoles(DomainEvent e) => e switch
    {
        RepairReported => [Role.Officer, Role.Technician, Role.Resident],
        WorkOrderIssued or EngineeringNotified or RepairFollowedUp or RepairReopened or RepairCancelled or RepairTakenOverInMorning => [Role.Officer],
        WorkOrderCollected => [Role.EngineeringSupervisor, Role.Technician],
        RepairAssessed or RepairNotFeasible or TechnicianAssigned => [Role.EngineeringSupervisor],
        QuoteAccepted or QuoteDeclined => [Role.Resident, Role.Officer],
        WorkSignedOff or WorkRejected => [Role.Resident],
        SignOffOverridden => [Role.ServiceSupervisor, Role.ServiceManager],
        _ => [Role.Technician],
    };

    /// <summary>Random command sequences; the serialization tests run them too, for realistic histories.</summary>
    internal static readonly Gen<int[]> Steps =
        from n in Gen.Choose(8, 60)
        from xs in Gen.ArrayOf(Gen.Choose(0, 999_999), n)
        select xs;

    [Property(MaxTest = 1000)]
    public Property Random_command_sequences_by_random_actors_obey_the_rules_RP02_to_RP16_CS13_to_CS15() =>
        Prop.ForAll(Steps.ToArbitrary(), steps =>
        {
            Run(steps);
            return true;
        });

    /// <summary>Runs the command sequence <paramref name="steps"/> against a ticket and the model, and returns the ticket.</summary>
    internal static RepairTicket Run(int[] steps)
    {
        var f = new RepairFixture();
        var night = steps[0] % 3 == 0;
        var request = Request() with { ResidentSuppliesMaterials = steps[0] % 2 == 0 };
        var reporter = night ? Technician : Officer;
        var t = RepairTicket.Report("RT-M", request, reporter, f.Now).Value.Aggregate;
        var model = new Model(t.State, null, night ? Technician : null,
            request.ResidentSuppliesMaterials ? MaterialsStatus.AwaitingCheck : MaterialsStatus.CompanySupplied, null, 0m, 0m);
        Assert.Equal(night ? RepairState.LoggedAtNight : RepairState.Reported, t.State);

        foreach (var x in steps.Skip(1))
        {
            var guided = x % 10 < 7;
            var good = (x / 10) % 5 != 0;
            var pick = x / 50;
            Cmd cmd;
            Actor actor;
            if (guided)
            {
                var valid = (from c in Commands from a in Actors where Step(model, c, a, true) is not null select (c, a)).ToArray();
                if (valid.Length == 0)
                {
                    break;
                }

                (cmd, actor) = valid[pick % valid.Length];
            }
            else
            {
                cmd = Commands[pick % Commands.Length];
                actor = Actors[(pick / Commands.Length) % Actors.Length];
            }

            var before = (t.State, t.Version);
            var permitted = t.WhyNot(actor, ActionOf(cmd)) is null;
            var expected = Step(model, cmd, actor, good);
            var result = Run(t, f, cmd, actor, good);

            Assert.True(expected is not null == result.IsSuccess,
                $"{cmd} by {actor} (good args: {good}) in {before.State}: model {(expected is null ? "refuses" : "accepts")}, ticket says {result}");
            if (result.IsRejected)
            {
                // A rejected command changes neither state nor version.
                Assert.Equal(before, (t.State, t.Version));
                continue;
            }

            Assert.True(permitted, $"{cmd} by {actor} succeeded although PermittedActions forbade it.");
            model = expected!;
            Assert.Equal(model.State, t.State);

            // Versions increase by exactly one per event.
            var events = result.Value;
            Assert.NotEmpty(events);
            for (var i = 0; i < events.Count; i++)
            {
                Assert.Equal(before.Version + 1 + i, events[i].Version);
                Assert.True(events[i].Actor.HasAnyRole(EventRoles(events[i])), $"{events[i].GetType().Name} by {events[i].Actor}");
            }

            Assert.Equal(before.Version + events.Count, t.Version);

            // CS-03/CS-08: money is owed only through a schedule price or an accepted quote.
            Assert.Equal(model.OwedNow, t.ResidentOwes.Amount);
            Assert.True(t.ResidentOwes.IsZero || t.ScheduleQuote is not null || t.AcceptedQuotes.Count > 0);
        }

        CheckClosedTicketWasSignedAndFollowedUp(t);

        // Rebuilding from the events gives the same state and the same permitted actions.
        var rebuilt = RepairTicket.FromEvents(t.Events);
        Assert.Equal((t.State, t.Version, t.Materials, t.AssignedTechnician, t.ResidentOwes, t.PendingQuote, t.SignedOffBy),
            (rebuilt.State, rebuilt.Version, rebuilt.Materials, rebuilt.AssignedTechnician, rebuilt.ResidentOwes, rebuilt.PendingQuote, rebuilt.SignedOffBy));
        foreach (var actor in Actors)
        {
            Assert.Equal(t.PermittedActions(actor), rebuilt.PermittedActions(actor));
        }

        return t;
    }

    private static void CheckClosedTicketWasSignedAndFollowedUp(RepairTicket t)
    {
        if (t.State != RepairState.Closed)
        {
            return;
        }

        // RP-16 and RP-03 (4): no ticket closes without sign-off (or a recorded override) and a follow-up.
        var last = Assert.IsType<RepairFollowedUp>(t.Events[^1]);
        Assert.NotEqual(Satisfaction.Dissatisfied, last.Satisfaction);
        var sinceReopen = t.Events.Reverse().TakeWhile(e => e is not RepairReopened).ToArray();
        Assert.Contains(sinceReopen, e => e is WorkSignedOff or SignOffOverridden);
    }

    [Fact]
    public void The_model_reaches_every_state()
    {
        // Guards against a model or generator that silently stops exploring.
        var reached = new HashSet<RepairState>();
        var random = new Random(4);
        for (var run = 0; run < 300; run++)
        {
            var night = run % 3 == 0;
            var m = new Model(night ? RepairState.LoggedAtNight : RepairState.Reported, null, night ? Technician : null,
                run % 2 == 0 ? MaterialsStatus.AwaitingCheck : MaterialsStatus.CompanySupplied, null, 0m, 0m);
            reached.Add(m.State);
            for (var i = 0; i < 40; i++)
            {
                var valid = (from c in Commands from a in Actors where Step(m, c, a, true) is not null select (c, a)).ToArray();
                if (valid.Length == 0)
                {
                    break;
                }

                var (cmd, actor) = valid[random.Next(valid.Length)];
                m = Step(m, cmd, actor, true)!;
                reached.Add(m.State);
            }
        }

        Assert.Equal(Enum.GetValues<RepairState>().Length, reached.Count);
    }
}
