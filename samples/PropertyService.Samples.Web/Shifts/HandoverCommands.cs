using System.Globalization;
using NodaTime;
using PropertyService.Samples.Web.Http;
using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>Turns an action and its body into a command on a loaded handover, or a 400 naming the field at fault.</summary>
public static class HandoverCommands
{
    /// <summary>Builds the command.</summary>
    /// <param name="action">The action.</param>
    /// <param name="body">The body.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="tools">The site's tools, for the count.</param>
    /// <param name="now">When.</param>
    /// <returns>The command, or the problem with the body.</returns>
    public static (Func<ShiftHandover, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem) Build(
        HandoverAction action, HandoverActionBody body, Actor actor, ToolInventory tools, Instant now)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(tools);
        switch (action)
        {
            case HandoverAction.Arrive:
                return (h => h.Arrive(actor, now), null);
            case HandoverAction.ReportAbsence:
                return (h => h.ReportAbsence(actor, now), null);
            case HandoverAction.HandOverItems:
                var (items, itemsProblem) = Items(body.Items);
                return itemsProblem is not null ? (null, itemsProblem) : (h => h.HandOverItems(actor, items!, now), null);
            case HandoverAction.ResolveNightEntry:
                if (string.IsNullOrWhiteSpace(body.Entry))
                {
                    return (null, Problems.Invalid("entry", "'entry' is required: the night-log entry handed over."));
                }

                return body.Outcome is { } outcome
                    ? (h => h.ResolveNightEntry(actor, body.Entry.Trim(), outcome, outcome == NightEntryOutcome.CarriedOver ? body.Reason : body.Record, now), null)
                    : (null, Problems.Invalid("outcome", $"'outcome' is required: one of {WireNames.Choices<NightEntryOutcome>()}."));
            case HandoverAction.CountTools:
                return body.Counted is { } counted && counted.All(c => c is not null)
                    ? (h => h.CountTools(actor, tools, counted, now), null)
                    : (null, Problems.Invalid("counted", "'counted' is required: the codes of the tools found (an empty list when none)."));
            case HandoverAction.InspectPost:
                return body.Accepted is { } accepted
                    ? (h => h.InspectPost(actor, accepted, body.Reason, now), null)
                    : (null, Problems.Invalid("accepted", "'accepted' is required: true, or false with a 'reason'."));
            case HandoverAction.TidyPost:
                return (h => h.TidyPost(actor, now), null);
            case HandoverAction.Complete:
                return (h => h.Complete(actor, now), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "The API does not offer this action.");
        }
    }

    private static (IReadOnlyList<HandoverItem>? Items, IResult? Problem) Items(IReadOnlyList<HandoverItemBody>? bodies)
    {
        if (bodies is null)
        {
            return (null, Problems.Invalid("items", "'items' is required (an empty list when nothing is outstanding)."));
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var items = new List<HandoverItem>(bodies.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            var field = $"items[{i.ToString(CultureInfo.InvariantCulture)}]";
            var item = bodies[i];
            if (item?.Kind is not { } kind)
            {
                errors[field + ".kind"] = [$"'{field}.kind' is required: one of {WireNames.Choices<HandoverItemKind>()}."];
            }
            else if (string.IsNullOrWhiteSpace(item.Description))
            {
                errors[field + ".description"] = [$"'{field}.description' is required."];
            }
            else
            {
                items.Add(new HandoverItem(kind, item.Reference, item.Description, item.Note, item.Major ?? false));
            }
        }

        return errors.Count > 0 ? (null, Problems.Invalid(errors)) : (items, null);
    }
}
