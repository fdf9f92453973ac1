namespace PropertyService.Samples.Console.Cli;

/// <summary>The exit codes of the command-line tool.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure (a bug or an environment problem); the error output says what happened.</summary>
    public const int Failure = 1;

    /// <summary>The command line or its input was wrong (an unknown option value, a bad file, an item not in the schedule).</summary>
    public const int Usage = 2;
}
