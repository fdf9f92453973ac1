using PropertyService.HelpRequests;
using PropertyService.Samples.Web.Http;

namespace PropertyService.Samples.Web.HelpRequests;

/// <summary>The actions on a help request by their name in <c>/actions/{action}</c>: every <see cref="HelpAction"/> in kebab case.</summary>
public static class HelpActionNames
{
    /// <summary>The offered actions by name.</summary>
    public static readonly IReadOnlyDictionary<string, HelpAction> Offered =
        Enum.GetValues<HelpAction>().ToDictionary(WireNames.Of, a => a, StringComparer.Ordinal);
}
