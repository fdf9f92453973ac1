namespace PropertyService.Samples.Console.Simulation;

/// <summary>What a timeline entry records.</summary>
public enum TimelineKind
{
    /// <summary>A command that was carried out.</summary>
    Action,

    /// <summary>A command the library refused, with the rule and the reason.</summary>
    Refused,

    /// <summary>An SLA warning: a timing target about to be missed.</summary>
    Warning,

    /// <summary>An SLA breach: a timing target missed.</summary>
    Breach,

    /// <summary>An escalation notice delivered to someone.</summary>
    Escalation,
}
