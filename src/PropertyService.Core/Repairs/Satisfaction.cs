namespace PropertyService.Repairs;

/// <summary>The resident's satisfaction recorded at the follow-up visit (RP-03 (4)).</summary>
public enum Satisfaction
{
    /// <summary>满意.</summary>
    Satisfied = 0,

    /// <summary>一般.</summary>
    Neutral = 1,

    /// <summary>不满意: reopens the ticket for rework.</summary>
    Dissatisfied = 2,
}
