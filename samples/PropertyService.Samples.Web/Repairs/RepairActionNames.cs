using PropertyService.Repairs;
using PropertyService.Samples.Web.Http;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>The actions this API offers on a repair ticket (every <see cref="RepairAction"/>), by their name in <c>/actions/{action}</c>.</summary>
public static class RepairActionNames
{
    /// <summary>The name of the assessment that finds the work not feasible (RP-14), a second way to take <see cref="RepairAction.Assess"/>.</summary>
    public const string AssessNotFeasible = "assess-not-feasible";

    /// <summary>The offered actions by name.</summary>
    public static readonly IReadOnlyDictionary<string, RepairAction> Offered =
        Enum.GetValues<RepairAction>().Select(a => KeyValuePair.Create(NameOf(a), a))
            .Append(KeyValuePair.Create(AssessNotFeasible, RepairAction.Assess))
            .ToDictionary(StringComparer.Ordinal);

    /// <summary>An action's name: kebab case, and "complete" for <see cref="RepairAction.CompleteWork"/>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The name.</returns>
    public static string NameOf(RepairAction action) =>
        action == RepairAction.CompleteWork ? "complete" : WireNames.Of(action);
}
