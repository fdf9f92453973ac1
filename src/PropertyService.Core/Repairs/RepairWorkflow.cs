using Stateless;
using Stateless.Graph;

namespace PropertyService.Repairs;

/// <summary>
/// The Stateless machine of the repair workflow, configured once per thread and bound to one ticket and
/// actor for the duration of a call.
/// </summary>
/// <remarks>
/// <para>Configuring a Stateless machine costs roughly ten times as much as firing one, and a configured
/// machine is not thread-safe. So the machine keeps its state outside (in the bound
/// <see cref="RepairTicket"/>), and each thread owns one machine that it binds to the ticket being
/// commanded and releases afterwards. A freshly rebuilt ticket therefore pays no configuration at all,
/// and no machine is ever used by two threads. A nested call on the same thread (which the library never
/// makes) gets a private machine instead of disturbing the bound one.</para>
/// <para>Guards read the bound ticket and actor and are pure. Unhandled triggers do not throw: the unmet
/// guard descriptions are captured and turned into a <see cref="Rejection"/>.</para>
/// </remarks>
internal sealed class RepairWorkflow
{
    [ThreadStatic]
    private static RepairWorkflow? t_workflow;

    private readonly StateMachine<RepairState, RepairTrigger> _machine;
    private RepairTicket? _ticket;
    private Actor? _actor;
    private bool _unhandled;
    private ICollection<string>? _unmetGuards;

    internal RepairWorkflow()
    {
        _machine = new StateMachine<RepairState, RepairTrigger>(
            () => _ticket?.State ?? RepairState.Reported,
            state => _ticket!.SetStateFromWorkflow(state),
            FiringMode.Immediate);
        Configure(_machine, () => _ticket!, () => _actor);
        _machine.OnUnhandledTrigger((_, _, unmetGuards) =>
        {
            _unhandled = true;
            _unmetGuards = unmetGuards;
        });
    }

    /// <summary>Binds this thread's machine (or, inside a nested call, a new one) to a ticket and an actor.</summary>
    internal static RepairWorkflow Bind(RepairTicket ticket, Actor? actor)
    {
        var workflow = t_workflow ??= new RepairWorkflow();
        if (workflow._ticket is not null)
        {
            workflow = new RepairWorkflow();
        }

        workflow._ticket = ticket;
        workflow._actor = actor;
        return workflow;
    }

    /// <summary>Unbinds the ticket and actor so the machine holds no reference to them.</summary>
    internal void Release()
    {
        _ticket = null;
        _actor = null;
        _unmetGuards = null;
    }

    /// <summary>Fires <paramref name="trigger"/>; on failure returns the reason and changes nothing.</summary>
    internal Rejection? TryFire(RepairTrigger trigger, RepairAction action)
    {
        _unhandled = false;
        _unmetGuards = null;
        var source = _ticket!.State;
        _machine.Fire(trigger);
        return _unhandled ? Reject(action, source, _unmetGuards) : null;
    }

    /// <summary>Whether <paramref name="trigger"/> could fire now, and if not, why.</summary>
    internal Rejection? Check(RepairTrigger trigger, RepairAction action) =>
        _machine.CanFire(trigger, out var unmet) ? null : Reject(action, _ticket!.State, unmet);

    /// <summary>The Mermaid state diagram of the configured machine.</summary>
    internal string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());

    /// <summary>The Graphviz DOT diagram of the configured machine.</summary>
    internal string ToDot() => UmlDotGraph.Format(_machine.GetInfo());

    /// <summary>This thread's machine, for diagrams.</summary>
    internal static RepairWorkflow ForDiagrams => t_workflow ??= new RepairWorkflow();

    private static Rejection Reject(RepairAction action, RepairState state, ICollection<string>? unmetGuards)
    {
        if (unmetGuards is null || unmetGuards.Count == 0)
        {
            return RepairRejections.NotAllowedNow(action, state);
        }

        var first = RepairGuard.Find(unmetGuards.First());
        return new Rejection(
            first?.Code ?? "repair.condition-not-met",
            $"{action} needs: {string.Join("; ", unmetGuards)}.",
            first?.RuleId ?? RepairRejections.RuleOf(action));
    }

    /// <summary>
    /// Configures the repair workflow on <paramref name="machine"/>. Also used, on a fresh machine per call,
    /// by the benchmark of the naive design.
    /// </summary>
    internal static void Configure(StateMachine<RepairState, RepairTrigger> machine, Func<RepairTicket> ticket, Func<Actor?> actor)
    {
        Func<bool> assignedTechnician = () => actor() is { } a && a.Equals(ticket().AssignedTechnician);
        Func<bool> nightTechnician = () => actor() is { } a && a.Equals(ticket().NightTechnician);
        Func<bool> materialsAwaitingCheck = () => ticket().Materials is MaterialsStatus.AwaitingCheck;
        Func<bool> materialsReady = () => ticket().Materials is not (MaterialsStatus.AwaitingCheck or MaterialsStatus.Unqualified);
        Func<bool> forRepair = () => ticket().PendingPurpose is AssessmentPurpose.Repair;
        Func<bool> forExtraWork = () => ticket().PendingPurpose is AssessmentPurpose.ExtraWork;
        Func<bool> forWorkUnderWay = () => ticket().PendingPurpose is not AssessmentPurpose.Repair;
        Func<bool> forCompanyMaterials = () => ticket().PendingPurpose is AssessmentPurpose.CompanyMaterials;

        static Tuple<Func<bool>, string> G(Func<bool> guard, RepairGuard named) => Tuple.Create(guard, named.Description);

        // CS-13, RP-08, RP-09: a day (or app) report gets its work order; cancellable before work starts.
        machine.Configure(RepairState.Reported)
            .Permit(RepairTrigger.IssueWorkOrder, RepairState.WorkOrderIssued)
            .Permit(RepairTrigger.Cancel, RepairState.Cancelled);

        // CS-14: the night technician fixes the repair at once or tells the resident it waits for the morning.
        machine.Configure(RepairState.LoggedAtNight)
            .PermitIf(RepairTrigger.FixAtNight, RepairState.WorkCompleted, nightTechnician, RepairGuard.NightTechnician.Description)
            .PermitIf(RepairTrigger.DeferToMorning, RepairState.DeferredToMorning, nightTechnician, RepairGuard.NightTechnician.Description)
            .Permit(RepairTrigger.Cancel, RepairState.Cancelled);

        // CS-15: the morning officer turns the night log entry into a work order.
        machine.Configure(RepairState.DeferredToMorning)
            .Permit(RepairTrigger.TakeOverInMorning, RepairState.Reported)
            .Permit(RepairTrigger.Cancel, RepairState.Cancelled);

        // RP-09: engineering is notified after the work order is issued.
        machine.Configure(RepairState.WorkOrderIssued)
            .Permit(RepairTrigger.NotifyEngineering, RepairState.AwaitingCollection)
            .Permit(RepairTrigger.Cancel, RepairState.Cancelled);

        // RP-10: collection; the fee evaluator decides the RP-12/13 path or the RP-14 assessment.
        machine.Configure(RepairState.AwaitingCollection)
            .Permit(RepairTrigger.CollectScheduled, RepairState.ReadyToAssign)
            .Permit(RepairTrigger.CollectForAssessment, RepairState.AwaitingAssessment)
            .Permit(RepairTrigger.Cancel, RepairState.Cancelled);

        // RP-14: feasible with a quote, or not feasible (the reported repair ends; extra work is left undone).
        machine.Configure(RepairState.AwaitingAssessment)
            .Permit(RepairTrigger.AssessFeasible, RepairState.AwaitingResidentDecision)
            .PermitIf(RepairTrigger.AssessNotFeasible, RepairState.ClosedWithoutWork, forRepair, RepairGuard.ForReportedRepair.Description)
            .PermitIf(RepairTrigger.AssessNotFeasible, RepairState.OnSite, forExtraWork, RepairGuard.ForExtraWork.Description)
            .PermitIf(RepairTrigger.Cancel, RepairState.Cancelled, forRepair, RepairGuard.WorkNotStarted.Description);

        // RP-14: the owner's answer. Declining the reported repair ends the ticket without work;
        // declining extra work lets the quoted work go on; declining company materials keeps the work stopped (RP-15).
        machine.Configure(RepairState.AwaitingResidentDecision)
            .PermitIf(RepairTrigger.AcceptQuote, RepairState.ReadyToAssign, forRepair, RepairGuard.ForReportedRepair.Description)
            .PermitIf(RepairTrigger.AcceptQuote, RepairState.OnSite, forWorkUnderWay, RepairGuard.ForWorkUnderWay.Description)
            .PermitIf(RepairTrigger.DeclineQuote, RepairState.ClosedWithoutWork, forRepair, RepairGuard.ForReportedRepair.Description)
            .PermitIf(RepairTrigger.DeclineQuote, RepairState.OnSite, forExtraWork, RepairGuard.ForExtraWork.Description)
            .PermitIf(RepairTrigger.DeclineQuote, RepairState.AwaitingMaterials, forCompanyMaterials, RepairGuard.ForCompanyMaterials.Description)
            .PermitIf(RepairTrigger.Cancel, RepairState.Cancelled, forRepair, RepairGuard.WorkNotStarted.Description);

        // RP-11: the engineering supervisor assigns a technician.
        machine.Configure(RepairState.ReadyToAssign)
            .Permit(RepairTrigger.Assign, RepairState.Assigned)
            .Permit(RepairTrigger.Cancel, RepairState.Cancelled);

        // RP-12/13: the assigned technician arrives; the supervisor may reassign before that.
        machine.Configure(RepairState.Assigned)
            .PermitIf(RepairTrigger.Arrive, RepairState.OnSite, assignedTechnician, RepairGuard.AssignedTechnician.Description)
            .PermitReentry(RepairTrigger.Assign)
            .Permit(RepairTrigger.Cancel, RepairState.Cancelled);

        // RP-15: resident materials are checked; unqualified ones stop the work. RP-14: extra work goes to assessment.
        // RP-16: the work completes only on qualified (or company) materials.
        machine.Configure(RepairState.OnSite)
            .PermitReentryIf(RepairTrigger.MaterialsQualified, G(assignedTechnician, RepairGuard.AssignedTechnician), G(materialsAwaitingCheck, RepairGuard.MaterialsAwaitingCheck))
            .PermitIf(RepairTrigger.MaterialsUnqualified, RepairState.AwaitingMaterials, G(assignedTechnician, RepairGuard.AssignedTechnician), G(materialsAwaitingCheck, RepairGuard.MaterialsAwaitingCheck))
            .PermitIf(RepairTrigger.ReportExtraWork, RepairState.AwaitingAssessment, assignedTechnician, RepairGuard.AssignedTechnician.Description)
            .PermitIf(RepairTrigger.CompleteWork, RepairState.WorkCompleted, G(assignedTechnician, RepairGuard.AssignedTechnician), G(materialsReady, RepairGuard.MaterialsReady));

        // RP-15: new resident materials are checked again, or the supervisor quotes company materials.
        machine.Configure(RepairState.AwaitingMaterials)
            .PermitIf(RepairTrigger.MaterialsQualified, RepairState.OnSite, assignedTechnician, RepairGuard.AssignedTechnician.Description)
            .PermitReentryIf(RepairTrigger.MaterialsUnqualified, assignedTechnician, RepairGuard.AssignedTechnician.Description)
            .Permit(RepairTrigger.AssessFeasible, RepairState.AwaitingResidentDecision)
            .Permit(RepairTrigger.Cancel, RepairState.Cancelled);

        // RP-16: the resident inspects and signs, or refuses with a reason; a supervisor may override with a reason.
        machine.Configure(RepairState.WorkCompleted)
            .Permit(RepairTrigger.SignOff, RepairState.SignedOff)
            .Permit(RepairTrigger.RejectWork, RepairState.Rework)
            .Permit(RepairTrigger.OverrideSignOff, RepairState.SignedOff);

        // RP-16: rework by the assigned technician (the supervisor may reassign), then a new inspection.
        machine.Configure(RepairState.Rework)
            .PermitIf(RepairTrigger.CompleteWork, RepairState.WorkCompleted, assignedTechnician, RepairGuard.AssignedTechnician.Description)
            .PermitReentry(RepairTrigger.Assign);

        // RP-03 (4): the follow-up closes the ticket, or reopens it when the resident is dissatisfied.
        machine.Configure(RepairState.SignedOff)
            .Permit(RepairTrigger.FollowUpAndClose, RepairState.Closed)
            .Permit(RepairTrigger.FollowUpAndReopen, RepairState.Rework);

        machine.Configure(RepairState.Closed);
        machine.Configure(RepairState.ClosedWithoutWork);
        machine.Configure(RepairState.Cancelled);
    }
}
