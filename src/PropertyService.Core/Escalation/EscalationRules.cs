namespace PropertyService.Escalation;

/// <summary>The built-in escalation rules, in the order <c>AddPropertyService</c> registers them.</summary>
/// <remarks>Vendors remove, replace and add rules with <c>RemoveEscalationRule&lt;T&gt;()</c> and
/// <c>AddEscalationRule&lt;T&gt;()</c>; the built-ins are registered the same way.</remarks>
public static class EscalationRules
{
    /// <summary>The built-in rules' types, in registration order.</summary>
    public static IReadOnlyList<Type> BuiltIn { get; } =
    [
        typeof(SlaEscalationRule),
        typeof(MajorEmergencyEscalationRule),
        typeof(IncomingAbsentEscalationRule),
        typeof(HelpRequestEscalationRule),
        typeof(WorkRejectedEscalationRule),
        typeof(UnqualifiedMaterialsEscalationRule),
    ];

    /// <summary>New instances of the built-in rules, for use without dependency injection.</summary>
    /// <returns>The rules, in registration order.</returns>
    public static List<IEscalationRule> CreateBuiltIn() =>
    [
        new SlaEscalationRule(),
        new MajorEmergencyEscalationRule(),
        new IncomingAbsentEscalationRule(),
        new HelpRequestEscalationRule(),
        new WorkRejectedEscalationRule(),
        new UnqualifiedMaterialsEscalationRule(),
    ];
}
