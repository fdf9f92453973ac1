using System.CommandLine;
using PropertyService.Samples.Console.Cli;
using PropertyService.Storage;
using PropertyService.Storage.Serialization;
using PropertyService.Storage.Sqlite;
using Spectre.Console;

namespace PropertyService.Samples.Console.Commands;

/// <summary><c>export --db file [--site id] [--output file]</c>: writes a site's recorded events from a SQLite store as
/// JSON lines (<see cref="EventJsonLines"/>), the history <c>whatif</c> reads.</summary>
public sealed class ExportCommand : CliCommand
{
    private readonly Option<string> _site = new("--site")
    {
        Description = "The site whose events to export",
        DefaultValueFactory = _ => "SZ-VK-01",
    };

    private readonly Option<FileInfo?> _output = new("--output")
    {
        Description = "The JSON lines file to write [default: standard output]",
        HelpName = "file",
    };

    /// <summary>Creates the command.</summary>
    public ExportCommand()
        : base("export", "Write a site's recorded events from the store (--store sqlite --db file) as JSON lines, for whatif")
    {
        Command.Options.Add(_site);
        Command.Options.Add(_output);
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var settings = invocation.Settings;
        if (settings.Store != StoreKind.Sqlite || settings.DatabasePath is not { } path)
        {
            throw new CliUsageException("export reads a store file: give it with --db file (the SQLite file a demo or simulate run wrote).");
        }

        if (!File.Exists(path))
        {
            throw new CliUsageException($"There is no store at {path}.");
        }

        var site = new SiteId(invocation.GetValue(_site)!);
        using var store = SqliteEventStore.Open(path);
        var output = invocation.GetValue(_output);
        long count;
        if (output is null)
        {
            using var buffer = new MemoryStream();
            count = await EventJsonLines.ExportSiteAsync(store, site, buffer, cancellationToken: cancellationToken);
            await invocation.Console.OutWriter.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            await using var file = output.Create();
            count = await EventJsonLines.ExportSiteAsync(store, site, file, cancellationToken: cancellationToken);
            invocation.Console.Out.WriteLine($"{count} events of site {site} written to {output.FullName}.");
        }

        if (count == 0)
        {
            invocation.Console.Error.WriteLine($"Site {site} has no events in {path}.");
        }

        return ExitCodes.Success;
    }
}
