using PropertyService.Samples.Web.Http;
using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>The actions on a shift handover by their name in <c>/actions/{action}</c>: every <see cref="HandoverAction"/> in kebab case.</summary>
public static class HandoverActionNames
{
    /// <summary>The offered actions by name.</summary>
    public static readonly IReadOnlyDictionary<string, HandoverAction> Offered =
        Enum.GetValues<HandoverAction>().ToDictionary(WireNames.Of, a => a, StringComparer.Ordinal);
}
