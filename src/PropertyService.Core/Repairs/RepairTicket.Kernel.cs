using NodaTime;
using PropertyService.Utility;
using PropertyService.Workflows;
using T = PropertyService.Repairs.RepairTrigger;

namespace PropertyService.Repairs;

/// <content>
/// How every command runs on the workflow kernel: site → time → role → state and guards, then the command's own
/// arguments and outcome (in the command), then one commit. Argument checks shared with <see cref="FromEvents"/>.
/// </content>
public sealed partial class RepairTicket
{
    private static Workflow<RepairState, RepairTrigger, RepairAction, RepairStep> Flow => RepairWorkflow.Definition;

    /// <summary>Site, role, state and guards of an action, for the queries.</summary>
    private Rejection? Judge(RepairAction action, RepairStep step) =>
        Flow.CheckSite(Site, step.Actor) ?? Flow.CheckRole(step.Actor, action) ?? Flow.JudgeAction(State, action, step);

    /// <summary>The shared checks of a command whose trigger is known.</summary>
    private Rejection? Check(T trigger, RepairStep step, Instant at) =>
        Flow.CheckActor(Site, LastEventAt, step.Actor, at, Flow.ActionOf(trigger)) ?? Flow.Judge(State, trigger, step);

    /// <summary>The shared checks of a command whose trigger depends on its outcome.</summary>
    private Rejection? Check(RepairAction action, RepairStep step, Instant at) =>
        Flow.CheckActor(Site, LastEventAt, step.Actor, at, action) ?? Flow.JudgeAction(State, action, step);

    /// <summary>A command with no arguments of its own to check: the shared checks, then commit.</summary>
    private Result<IReadOnlyList<DomainEvent>> Simple<TArg>(T trigger, Actor actor, Instant at, TArg arg, Func<RepairTicket, Actor, Instant, TArg, DomainEvent> create)
    {
        Preconditions.CheckNotNull(actor);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        return Check(trigger, step, at) is { } rejected ? rejected : Commit(trigger, step, create(this, actor, at, arg));
    }

    /// <summary>
    /// A command whose one argument of its own is a required text: the shared checks, then the text (refused with
    /// <paramref name="missing"/> when blank), then commit.
    /// </summary>
    private Result<IReadOnlyList<DomainEvent>> WithText(T trigger, Actor actor, Instant at, string? text, Func<Rejection> missing, Func<RepairTicket, Actor, Instant, string, DomainEvent> create)
    {
        Preconditions.CheckNotNull(actor);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        if (Check(trigger, step, at) is { } rejected)
        {
            return rejected;
        }

        return string.IsNullOrWhiteSpace(text) ? missing() : Commit(trigger, step, create(this, actor, at, text));
    }

    /// <summary>
    /// The one way events are committed: the machine fires the trigger and says where it leads, the events are
    /// applied and recorded, and the state they lead to must be the machine's.
    /// </summary>
    private Result<IReadOnlyList<DomainEvent>> Commit(T trigger, RepairStep step, DomainEvent e)
    {
        var to = Flow.Fire(State, trigger, step);
        Append(e);
        EnsureAgrees(to, e);
        return Array.AsReadOnly(new[] { e });
    }

    private Result<IReadOnlyList<DomainEvent>> Commit(T trigger, RepairStep step, DomainEvent first, DomainEvent second)
    {
        var to = Flow.Fire(State, trigger, step);
        Append(first);
        Append(second);
        EnsureAgrees(to, second);
        return Array.AsReadOnly(new[] { first, second });
    }

    private void EnsureAgrees(RepairState fired, DomainEvent e)
    {
        if (State != fired)
        {
            throw new InvalidOperationException($"The workflow moved ticket {Id} to {fired}, but {e.GetType().Name} leads to {State}.");
        }
    }

    // ------------------------------------------------------------------ argument checks (commands and replay)

    /// <summary>
    /// RP-14, RP-16: the resident named is the ticket's resident or a recorded owner; when a resident acts, it is
    /// that resident; for a unit, an owner.
    /// </summary>
    private Rejection? CheckResident(Actor actor, Resident named, string ruleId, string field)
    {
        if (!IsTicketResident(named))
        {
            return Rejection.Localized(RepairRejectionCodes.NotTicketResident, ruleId, field, "Repair.NotTicketResident", named.Name);
        }

        if (!actor.HasRole(Role.Officer) && !string.Equals(named.Id, actor.Id, StringComparison.Ordinal))
        {
            return Rejection.Localized(RepairRejectionCodes.NotTicketResident, ruleId, field, "Repair.ActsForThemselves", actor.DisplayName, named.Name);
        }

        return Request.Location!.Kind == LocationKind.Unit && !named.IsOwner
            ? Rejection.Localized(RepairRejectionCodes.OwnerRequired, ruleId, field, "Repair.OwnerRequired", named.Name)
            : null;
    }

    /// <summary>RP-11: the work is assigned to a technician of the site.</summary>
    private Rejection? CheckTechnician(Actor technician) =>
        technician.HasRole(Role.Technician) && technician.Site == Site
            ? null
            : Rejection.Localized(RepairRejectionCodes.NotATechnician, "RP-11", "Technician", "Repair.NotATechnician", technician.DisplayName, Site);

    /// <summary>A required reason is missing; <paramref name="key"/> is the text that says which (<c>Repair.ReasonRequired.*</c>).</summary>
    private static Rejection ReasonRequired(string? ruleId, string key) =>
        Rejection.Localized(RepairRejectionCodes.ReasonRequired, ruleId, "Reason", key);
}
