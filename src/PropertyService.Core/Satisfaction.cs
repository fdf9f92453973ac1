namespace PropertyService;

/// <summary>The resident's satisfaction recorded at a follow-up: of a repair (RP-03 (4)) or a help request (HR-06).</summary>
public enum Satisfaction
{
    /// <summary>满意.</summary>
    Satisfied = 0,

    /// <summary>一般.</summary>
    Neutral = 1,

    /// <summary>不满意: reopens the ticket for rework.</summary>
    Dissatisfied = 2,
}
