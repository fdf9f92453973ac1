using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.Repairs;

namespace PropertyService.Samples.Web.HelpRequests;

/// <summary>
/// Turns an action and its body into a command on a loaded help request, or a 400 naming the field at fault. Only what
/// JSON cannot say is checked here (a missing choice, a malformed unit or phone); the rules themselves (a missing
/// answer, the wrong person) are the library's, and come back as 422 rejections.
/// </summary>
public static class HelpRequestCommands
{
    /// <summary>Builds the command.</summary>
    /// <param name="action">The action.</param>
    /// <param name="body">The body.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="request">The request, loaded.</param>
    /// <param name="now">When.</param>
    /// <returns>The command, or the problem with the body.</returns>
    public static (Func<HelpRequest, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem) Build(
        HelpAction action, HelpRequestActionBody body, Actor actor, HelpRequest request, Instant now)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(request);
        switch (action)
        {
            case HelpAction.RecordContact:
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var address = Locations.Read(body.Unit, body.CommonArea, errors);
                if (!ContactPhone.TryParse(body.Phone, out var phone, out var phoneError))
                {
                    errors["phone"] = [body.Phone is null ? "'phone' is required." : phoneError];
                }

                return errors.Count > 0 ? (null, Problems.Invalid(errors)) : (r => r.RecordContact(actor, address, phone, now), null);
            case HelpAction.RecordWishes:
                return (r => r.RecordWishes(actor, body.Wishes, now), null);
            case HelpAction.Answer:
                return (r => r.Answer(actor, body.Answer, now, body.Certain ?? true), null);
            case HelpAction.Escalate:
                if (body.Level is not { } level)
                {
                    return (null, Problems.Invalid("level", "'level' is required: service-supervisor or service-manager."));
                }

                var (to, toProblem) = Person(body.To, "to", request.Site, level, required: false);
                return toProblem is not null ? (null, toProblem) : (r => r.Escalate(actor, level, body.Question, now, to), null);
            case HelpAction.Instruct:
                return (r => r.Instruct(actor, body.Instruction, now), null);
            case HelpAction.Decline:
                return (r => r.Decline(actor, body.Reason, now), null);
            case HelpAction.RecordEmergencyAction:
                return body.Option is { } option
                    ? (r => r.RecordEmergencyAction(actor, option, body.Done, now), null)
                    : (null, Problems.Invalid("option", $"'option' is required: one of {WireNames.Choices<EmergencyOption>()}."));
            case HelpAction.ReportEmergency:
                return (r => r.ReportEmergency(actor, body.Report, now), null);
            case HelpAction.ReferToSiteManager:
                return (r => r.ReferToSiteManager(actor, body.Instruction, now), null);
            case HelpAction.ReplyInWriting:
                return (r => r.ReplyInWriting(actor, body.Reply, now), null);
            case HelpAction.TransferOwnership:
                var (newOwner, ownerProblem) = Person(body.NewOwner, "newOwner", request.Site, Role.Officer, required: true);
                return ownerProblem is not null ? (null, ownerProblem) : (r => r.TransferOwnership(actor, newOwner!, body.Reason, now), null);
            case HelpAction.FollowUp:
                return body.Satisfaction is { } satisfaction
                    ? (r => r.FollowUp(actor, satisfaction, body.Remarks, now), null)
                    : (null, Problems.Invalid("satisfaction", $"'satisfaction' is required: one of {WireNames.Choices<Satisfaction>()}."));
            case HelpAction.Close:
                return (r => r.Close(actor, now), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "The API does not offer this action.");
        }
    }

    private static (Actor? Person, IResult? Problem) Person(PersonBody? body, string field, SiteId site, Role role, bool required)
    {
        if (body is null)
        {
            return (null, required ? Problems.Invalid(field, $"'{field}' with 'id' and 'name' is required.") : null);
        }

        return string.IsNullOrWhiteSpace(body.Id) || string.IsNullOrWhiteSpace(body.Name)
            ? (null, Problems.Invalid(field, $"'{field}' needs both 'id' and 'name'."))
            : (new Actor(body.Id.Trim(), body.Name.Trim(), site, role), null);
    }
}
