using PropertyService.Samples.Console.Cli;

// The service center's command-line tool; without a command it runs the demo walkthrough.
// Run with --help for the commands (demo, graph, quote) and the global options (--lang, --store, --db, --format).
return await ServiceCenterCli.RunAsync(args, CliConsole.CreateSystem());
