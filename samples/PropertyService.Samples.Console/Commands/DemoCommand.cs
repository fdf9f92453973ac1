using PropertyService.Samples.Console.Cli;

namespace PropertyService.Samples.Console.Commands;

/// <summary><c>demo</c>, the default command: a scripted morning at a service center (<see cref="WalkthroughDemo"/>).</summary>
public sealed class DemoCommand : CliCommand
{
    /// <summary>Creates the command.</summary>
    public DemoCommand()
        : base("demo", "Walk one repair ticket from the resident's call to the follow-up visit, through the event store (the default command)")
    {
    }

    /// <inheritdoc/>
    public override Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return new WalkthroughDemo(invocation.Console.Out, invocation.Settings).RunAsync(cancellationToken);
    }
}
