namespace PropertyService.Samples.Console.Cli;

/// <summary>How a command prints its result (<c>--format</c>).</summary>
public enum OutputFormat
{
    /// <summary>Text for people: tables and sentences.</summary>
    Text = 0,

    /// <summary>JSON for programs.</summary>
    Json = 1,
}
