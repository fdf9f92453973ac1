using NodaTime;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Samples.Web.Http;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>Turns an action and its body into a command on a loaded ticket, or a 400 naming the field at fault.</summary>
public static class RepairCommands
{
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
                    : (null, Problems.Invalid("satisfaction", $"'satisfaction' is required: one of {string.Join(", ", Enum.GetNames<Satisfaction>().Select(RepairActionNames.Kebab))}."));
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "The API does not offer this action.");
        }
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
