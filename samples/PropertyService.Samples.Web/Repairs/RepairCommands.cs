using NodaTime;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Samples.Web.Http;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>Turns an action and its body into a command on a loaded ticket, or a 400 naming the field at fault.</summary>
public static class RepairCommands
{
    /// <summary>Builds the command named in the URL: one of <see cref="RepairActionNames.Offered"/>, where
    /// <see cref="RepairActionNames.AssessNotFeasible"/> is the assessment that finds the work not feasible (RP-14).</summary>
    /// <returns>The command, or the problem with the body.</returns>
    public static (Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem) Build(
        string name, RepairActionBody body, Actor actor, RepairTicket ticket, ServiceCenter center, DateTimeZone zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(body);
        return name == RepairActionNames.AssessNotFeasible
            ? Required(body.Reason, "reason", reason => t => t.AssessNotFeasible(actor, reason, now))
            : Build(RepairActionNames.Offered[name], body, actor, ticket, center, zone, now);
    }

    /// <summary>Builds the command.</summary>
    /// <returns>The command, or the problem with the body.</returns>
    public static (Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem) Build(
        RepairAction action, RepairActionBody body, Actor actor, RepairTicket ticket, ServiceCenter center, DateTimeZone zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(center);
        switch (action)
        {
            case RepairAction.IssueWorkOrder:
                return (t => t.IssueWorkOrder(actor, new TicketWorkOrderNumbers(t.Id), now), null);
            case RepairAction.NotifyEngineering:
                return (t => t.NotifyEngineering(actor, now), null);
            case RepairAction.Collect:
                return (t => t.Collect(actor, t.CreateQuoteRequest(zone), center.Fees(t.Site), now), null);
            case RepairAction.Assign:
                if (string.IsNullOrWhiteSpace(body.Technician?.Id) || string.IsNullOrWhiteSpace(body.Technician.Name))
                {
                    return (null, Problems.Invalid("technician", "'technician' with 'id' and 'name' is required."));
                }

                var technician = new Actor(body.Technician.Id.Trim(), body.Technician.Name.Trim(), ticket.Site, Role.Technician);
                return (t => t.Assign(actor, technician, now), null);
            case RepairAction.Arrive:
                return (t => t.Arrive(actor, now), null);
            case RepairAction.CompleteWork:
                return (t => t.CompleteWork(actor, body.Notes, now), null);
            case RepairAction.SignOff:
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var signedBy = body.Resident is null ? ticket.Request.Resident : ToResident(body.Resident, "resident", errors);
                if (errors.Count > 0)
                {
                    return (null, Problems.Invalid(errors));
                }

                return signedBy is null
                    ? (null, Problems.Invalid("resident", "The ticket names no resident: 'resident' is required."))
                    : (t => t.SignOff(actor, signedBy, now), null);
            case RepairAction.FollowUp:
                return body.Satisfaction is { } satisfaction
                    ? (t => t.FollowUp(actor, satisfaction, body.Remarks, now), null)
                    : (null, Problems.Invalid("satisfaction", $"'satisfaction' is required: one of {WireNames.Choices<Satisfaction>()}."));
            case RepairAction.Assess:
                var (lines, linesProblem) = Lines(body.Lines);
                return linesProblem is not null ? (null, linesProblem) : (t => t.Assess(actor, lines!, center.Fees(t.Site), now), null);
            case RepairAction.AcceptQuote:
                return WithResident(body, ticket, owner => t => t.AcceptQuote(actor, owner, body.Channel ?? QuoteAnswerChannel.InPerson, now));
            case RepairAction.DeclineQuote:
                return WithResident(body, ticket, owner => t => t.DeclineQuote(actor, owner, body.Channel ?? QuoteAnswerChannel.InPerson, body.Reason, now));
            case RepairAction.CheckMaterials:
                return body.Result is { } checkResult
                    ? (t => t.CheckMaterials(actor, checkResult, body.Remarks, now), null)
                    : (null, Problems.Invalid("result", $"'result' is required: one of {WireNames.Choices<MaterialCheckResult>()}."));
            case RepairAction.ReportExtraWork:
                return Required(body.Description, "description", description => t => t.ReportExtraWork(actor, description, now));
            case RepairAction.RejectWork:
                return Required(body.Reason, "reason", reason => WithResident(body, ticket, owner => t => t.RejectWork(actor, owner, reason, now)));
            case RepairAction.OverrideSignOff:
                return body.OverrideReason is { } overrideReason
                    ? Required(body.Explanation, "explanation", explanation => (t => t.OverrideSignOff(actor, overrideReason, explanation, now), null))
                    : (null, Problems.Invalid("overrideReason", $"'overrideReason' is required: one of {WireNames.Choices<SignOffOverrideReason>()}."));
            case RepairAction.Cancel:
                return Required(body.Reason, "reason", reason => t => t.Cancel(actor, reason, now));
            case RepairAction.FixAtNight:
                return (t => t.FixAtNight(actor, body.Notes, now), null);
            case RepairAction.DeferToMorning:
                return (t => t.DeferToMorning(actor, body.Note, now), null);
            case RepairAction.TakeOverInMorning:
                return (t => t.TakeOverInMorning(actor, now), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "The API does not offer this action.");
        }
    }

    // A text the library takes as non-null: missing is a 400 naming the field; blank is the library's to refuse (422).
    private static (Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem) Required(
        string? text, string field, Func<string, (Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem)> build) =>
        text is null ? (null, Problems.Invalid(field, $"'{field}' is required.")) : build(text);

    private static (Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem) Required(
        string? text, string field, Func<string, Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>> build) =>
        Required(text, field, t => (build(t), null));

    // The resident who answers: the one in the body, or the ticket's.
    private static (Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem) WithResident(
        RepairActionBody body, RepairTicket ticket, Func<Resident, Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>> build)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var resident = body.Resident is null ? ticket.Request.Resident : ToResident(body.Resident, "resident", errors);
        if (errors.Count > 0)
        {
            return (null, Problems.Invalid(errors));
        }

        return resident is null ? (null, Problems.Invalid("resident", "The ticket names no resident: 'resident' is required.")) : (build(resident), null);
    }

    // RP-14's lines: each with a description and a labour price that is not negative.
    private static (IReadOnlyList<AssessedLine>? Lines, IResult? Problem) Lines(IReadOnlyList<AssessedLineBody>? bodies)
    {
        if (bodies is null || bodies.Count == 0)
        {
            return (null, Problems.Invalid("lines", "'lines' is required: at least one line with 'description' and 'labour'."));
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lines = new List<AssessedLine>(bodies.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            var line = bodies[i];
            var field = $"lines[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
            if (line is null || string.IsNullOrWhiteSpace(line.Description))
            {
                errors[field + ".description"] = [$"'{field}.description' is required."];
            }
            else if (line.Labour is not { } labour || labour < 0m)
            {
                errors[field + ".labour"] = [$"'{field}.labour' is required: an amount in yuan, not negative."];
            }
            else if (line.Material < 0m)
            {
                errors[field + ".material"] = [$"'{field}.material' cannot be negative."];
            }
            else
            {
                lines.Add(new AssessedLine(line.Description, Money.Yuan(labour), Money.Yuan(line.Material ?? 0m), line.Payer ?? Payer.Resident, line.Item));
            }
        }

        return errors.Count > 0 ? (null, Problems.Invalid(errors)) : (lines, null);
    }

    /// <summary>Reads a resident; adds an error for each missing or invalid field.</summary>
    /// <param name="body">The resident as sent.</param>
    /// <param name="field">The field's name in the body.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The resident, or null when there were errors.</returns>
    public static Resident? ToResident(ResidentBody? body, string field, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (body is null)
        {
            errors[field] = [$"'{field}' is required."];
            return null;
        }

        var ok = true;
        if (string.IsNullOrWhiteSpace(body.Name))
        {
            errors[$"{field}.name"] = [$"'{field}.name' is required."];
            ok = false;
        }

        if (!ContactPhone.TryParse(body.Phone, out var phone, out var phoneError))
        {
            errors[$"{field}.phone"] = [body.Phone is null ? $"'{field}.phone' is required." : phoneError];
            ok = false;
        }

        return ok ? new Resident(body.Name!.Trim(), phone, body.Owner ?? false) { Id = string.IsNullOrWhiteSpace(body.Id) ? null : body.Id.Trim() } : null;
    }
}
