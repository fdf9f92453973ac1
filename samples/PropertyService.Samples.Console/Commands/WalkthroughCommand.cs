using PropertyService.Samples.Console.Cli;

namespace PropertyService.Samples.Console.Commands;

/// <summary><c>walkthrough</c>: one repair ticket from the resident's call to the follow-up visit, step by step, through
/// the event store.</summary>
public sealed class WalkthroughCommand : CliCommand
{
    /// <summary>Creates the command.</summary>
    public WalkthroughCommand()
        : base("walkthrough", "Walk one repair ticket from the resident's call to the follow-up visit, through the event store")
    {
    }

    /// <inheritdoc/>
    public override Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return new WalkthroughDemo(invocation.Console.Out, invocation.Settings).RunAsync(cancellationToken);
    }
}
