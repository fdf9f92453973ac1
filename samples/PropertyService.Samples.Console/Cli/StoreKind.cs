namespace PropertyService.Samples.Console.Cli;

/// <summary>Where a command that runs the service center keeps its events (<c>--store</c>).</summary>
public enum StoreKind
{
    /// <summary>In memory: gone when the program ends.</summary>
    Memory = 0,

    /// <summary>In a SQLite file (<c>--db</c>, or a new file in the temp folder).</summary>
    Sqlite = 1,
}
