namespace PropertyService.Samples.Console.Cli;

/// <summary>
/// Thrown by a command when its command line or input cannot be used (a file that cannot be read, a value out of
/// place). The tool prints the message, without a stack trace, and exits with <see cref="ExitCodes.Usage"/>.
/// </summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for the person who typed the command.</param>
    /// <param name="innerException">The failure that caused it, if any.</param>
    public CliUsageException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
