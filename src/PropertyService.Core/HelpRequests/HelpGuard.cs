namespace PropertyService.HelpRequests;

/// <summary>
/// One condition of a help request's workflow. Its <see cref="Description"/> is both the guard description of
/// the Stateless transition (so it shows in the diagram) and the message of the rejection when it fails.
/// </summary>
internal sealed class HelpGuard
{
    private readonly Func<HelpRequest, GuardInput, bool> _check;

    internal HelpGuard(int priority, string code, string ruleId, string? field, string description, Func<HelpRequest, GuardInput, bool> check)
    {
        Priority = priority;
        Code = code;
        RuleId = ruleId;
        Description = description;
        _check = check;
        Rejection = new Rejection(code, char.ToUpperInvariant(description[0]) + description[1..] + ".", ruleId, field);
    }

    /// <summary>Which failing guard is reported when several fail: the lowest number.</summary>
    internal int Priority { get; }

    internal string Code { get; }

    internal string RuleId { get; }

    internal string Description { get; }

    /// <summary>The rejection returned when this guard fails (allocated once).</summary>
    internal Rejection Rejection { get; }

    internal bool Check(HelpRequest request, in GuardInput input) => _check(request, input);
}
