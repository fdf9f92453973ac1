using NodaTime;

namespace PropertyService.Storage.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlDueQueue"/>.</summary>
public sealed class PostgreSqlDueQueueOptions
{
    /// <summary>The default <see cref="Lease"/>, in seconds.</summary>
    public const int DefaultLeaseSeconds = 30;

    /// <summary>The default <see cref="BatchSize"/>.</summary>
    public const int DefaultBatchSize = 100;

    /// <summary>This host's name in the queue's claims, for the logs and for whoever looks at the table; unique per
    /// process. <value>The default value is the machine name, the process id and a random suffix.</value></summary>
    public string HostId { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How long a claim on a due stream holds: a host that stops while holding claims (a crash, a lost network)
    /// has them taken over by another host once it passes. Longer than the slowest notifier takes for a batch.
    /// <value>The default value is 30 seconds.</value></summary>
    public Duration Lease { get; set; } = Duration.FromSeconds(DefaultLeaseSeconds);

    /// <summary>How many due streams one claim takes. <value>The default value is 100.</value></summary>
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>Lists every invalid setting, each naming its property.</summary>
    /// <returns>The errors; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(HostId))
        {
            errors.Add("PostgreSqlDueQueueOptions.HostId is blank: name the host.");
        }

        if (Lease < Duration.FromSeconds(1) || Lease > Duration.FromHours(1))
        {
            errors.Add($"PostgreSqlDueQueueOptions.Lease is {Lease}; it must be from 1 second to 1 hour.");
        }

        if (BatchSize < 1 || BatchSize > 10_000)
        {
            errors.Add($"PostgreSqlDueQueueOptions.BatchSize is {BatchSize}; it must be from 1 to 10,000.");
        }

        return errors;
    }
}
