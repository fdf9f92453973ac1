namespace PropertyService.Samples.Console.Simulation;

/// <summary>What a scenario step's argument holds.</summary>
public enum ArgKind
{
    /// <summary>A non-blank string.</summary>
    Text,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>A number (an amount of money, a count).</summary>
    Number,

    /// <summary>The name of a value of the argument's enum type.</summary>
    Choice,

    /// <summary>The key of one of the scenario's people.</summary>
    Person,

    /// <summary>The key of one of the scenario's residents.</summary>
    Resident,

    /// <summary>A local time "HH:mm", or "+1 HH:mm" for the next day.</summary>
    Time,

    /// <summary>An array of non-blank strings.</summary>
    TextList,

    /// <summary>An array of objects (quote lines, handover items); each command checks their fields.</summary>
    ObjectList,
}
