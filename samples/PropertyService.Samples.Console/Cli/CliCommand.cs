using System.CommandLine;

namespace PropertyService.Samples.Console.Cli;

/// <summary>
/// A command of the tool (<c>demo</c>, <c>graph</c>, <c>quote</c>, ...): the extension point for new commands.
/// </summary>
/// <remarks>
/// <para>To add a command, derive from this class in <c>Commands/</c>: give the name and description to the base
/// constructor, add the command's own options and arguments to <see cref="Command"/> in the constructor, and implement
/// <see cref="ExecuteAsync"/>, reading them from <see cref="CliInvocation.ParseResult"/>. Then list it in
/// <see cref="ServiceCenterCli.CreateCommands"/>. The command named <see cref="ServiceCenterCli.DefaultCommandName"/> is
/// also what the root runs when no command is named, and its options are the root's too.</para>
/// <para>The tool does the rest for every command alike: the global options (<c>--lang</c>, <c>--store</c>,
/// <c>--db</c>, <c>--format</c>) are resolved into <see cref="CliInvocation.Settings"/>; the UI culture is set for the
/// command's run (and restored after), so the library's messages follow <c>--lang</c>; a <c>--format</c> the command
/// does not print is refused; a <see cref="CliUsageException"/> becomes its message and exit code 2. A command that runs
/// the service center builds it with <see cref="ServiceCenterServices.Build"/>, which honours <c>--store</c> and
/// <c>--db</c>. Write through <see cref="CliInvocation.Console"/>, never <see cref="System.Console"/>, so that tests
/// can read the output.</para>
/// </remarks>
public abstract class CliCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="name">The name typed on the command line.</param>
    /// <param name="description">One line for the help.</param>
    protected CliCommand(string name, string description)
    {
        Command = new Command(name, description);
    }

    /// <summary>The System.CommandLine command; add the command's own options and arguments to it.</summary>
    public Command Command { get; }

    /// <summary>The global <c>--format</c> values the command prints; null when the command has its own <c>--format</c>.</summary>
    /// <value>By default text only.</value>
    public virtual IReadOnlyList<OutputFormat>? Formats => [OutputFormat.Text];

    /// <summary>Runs the command.</summary>
    /// <param name="invocation">The parsed command line, the settings and the console.</param>
    /// <param name="cancellationToken">Cancelled when the user presses Ctrl+C.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    /// <exception cref="CliUsageException">The command line or the input cannot be used.</exception>
    public abstract Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken);
}
