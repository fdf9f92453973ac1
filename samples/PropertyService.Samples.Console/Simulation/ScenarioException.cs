namespace PropertyService.Samples.Console.Simulation;

/// <summary>A scenario file is invalid: the step (0 for the file's header) and the field at fault, and why.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="step">The step's number, from 1; 0 for the scenario's header (site, people, files).</param>
    /// <param name="field">The field at fault.</param>
    /// <param name="reason">Why.</param>
    public ScenarioException(int step, string field, string reason)
        : base(step == 0 ? $"Scenario field '{field}': {reason}" : $"Step {step}, field '{field}': {reason}")
    {
        Step = step;
        Field = field;
        Reason = reason;
    }

    /// <summary>The step's number, from 1; 0 for the header.</summary>
    public int Step { get; }

    /// <summary>The field at fault.</summary>
    public string Field { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }
}
