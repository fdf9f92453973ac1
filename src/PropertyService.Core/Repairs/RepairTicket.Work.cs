using NodaTime;
using PropertyService.Utility;
using T = PropertyService.Repairs.RepairTrigger;

namespace PropertyService.Repairs;

/// <content>The work itself: assignment, arrival, materials, extra work and completion (RP-11…RP-16).</content>
public sealed partial class RepairTicket
{
    /// <summary>
    /// The engineering supervisor assigns a technician according to what is to be repaired (RP-11); before
    /// arrival or during rework, assigning again replaces the technician.
    /// </summary>
    /// <param name="actor">The engineering supervisor.</param>
    /// <param name="technician">Who does the work; must hold <see cref="Role.Technician"/> at the ticket's site.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="TechnicianAssigned"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> Assign(Actor actor, Actor technician, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(technician);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        return (Check(T.Assign, step, at) ?? CheckTechnician(technician)) is { } rejected
            ? rejected
            : Commit(T.Assign, step, new TechnicianAssigned(Id, Version + 1, at, actor, technician));
    }

    /// <summary>The assigned technician arrives on site with tools and parts (RP-12, RP-13).</summary>
    /// <param name="actor">The assigned technician.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="TechnicianArrived"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> Arrive(Actor actor, Instant at) =>
        Simple(T.Arrive, actor, at, 0, static (t, a, at, _) => new TechnicianArrived(t.Id, t.Version + 1, at, a));

    /// <summary>
    /// The assigned technician checks resident-supplied materials and writes the verdict in the work order's
    /// remarks (RP-15). Unqualified materials stop the work until the resident supplies new ones (checked
    /// again) or accepts a quote for company materials (<see cref="Assess"/>).
    /// </summary>
    /// <param name="actor">The assigned technician.</param>
    /// <param name="result">Qualified or unqualified.</param>
    /// <param name="remarks">The remarks written on the work order, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="MaterialsChecked"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="result"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> CheckMaterials(Actor actor, MaterialCheckResult result, string? remarks, Instant at)
    {
        Preconditions.CheckDefined(result);
        var trigger = result == MaterialCheckResult.Qualified ? T.MaterialsQualified : T.MaterialsUnqualified;
        return Simple(trigger, actor, at, (result, remarks), static (t, a, at, r) => new MaterialsChecked(t.Id, t.Version + 1, at, a, r.result, r.remarks));
    }

    /// <summary>
    /// The assigned technician reports work found on site beyond the quote; it goes to the supervisor's
    /// assessment and the owner's decision before it is done (RP-14).
    /// </summary>
    /// <param name="actor">The assigned technician.</param>
    /// <param name="description">What the extra work is; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="ExtraWorkReported"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReportExtraWork(Actor actor, string description, Instant at) =>
        WithText(T.ReportExtraWork, actor, at, description,
            static () => Rejection.Localized(RepairRejectionCodes.DescriptionRequired, "RP-14", "Description", "Repair.ExtraWorkDescriptionRequired"),
            static (t, a, at, d) => new ExtraWorkReported(t.Id, t.Version + 1, at, a, d));

    /// <summary>
    /// The assigned technician finishes the work (or the rework) and asks the resident to try or inspect it
    /// (RP-16). Resident-supplied materials must have been checked and found qualified (RP-15).
    /// </summary>
    /// <param name="actor">The assigned technician.</param>
    /// <param name="notes">What was done, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkCompleted"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> CompleteWork(Actor actor, string? notes, Instant at) =>
        Simple(T.CompleteWork, actor, at, notes, static (t, a, at, n) => new WorkCompleted(t.Id, t.Version + 1, at, a, n));
}
