using PropertyService.Escalation;
using PropertyService.Fees;

namespace PropertyService.DependencyInjection;

/// <summary>
/// The library's options, set in <c>AddPropertyService(options =&gt; ...)</c>: the built-in fee rules' settings and how
/// escalations climb. Everything is checked once at start-up, and every error is listed.
/// </summary>
public sealed class PropertyServiceOptions
{
    /// <summary>How escalations climb.</summary>
    /// <value>The default value is <see cref="EscalationOptions"/> with its defaults (climb after 10 minutes).</value>
    public EscalationOptions Escalation { get; } = new();

    /// <summary>The built-in warranty fee rule's settings.</summary>
    /// <value>The default value is <see cref="WarrantyRuleOptions"/> with its defaults.</value>
    public WarrantyRuleOptions Warranty { get; } = new();

    /// <summary>The built-in after-hours surcharge fee rule's settings.</summary>
    /// <value>The default value is <see cref="AfterHoursSurchargeOptions"/> with its defaults (off).</value>
    public AfterHoursSurchargeOptions AfterHoursSurcharge { get; } = new();

    /// <summary>The built-in minimum call-out charge fee rule's settings.</summary>
    /// <value>The default value is <see cref="MinimumCallOutChargeOptions"/> with its defaults (off).</value>
    public MinimumCallOutChargeOptions MinimumCallOutCharge { get; } = new();
}
