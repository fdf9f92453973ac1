using System.Globalization;

namespace PropertyService.Samples.Web.LoadClient;

/// <summary>One operation's results: how many requests, how many failed, and their latencies.</summary>
public sealed class OperationStats
{
    private readonly double[] _milliseconds;

    /// <summary>Summarizes the latencies of one phase.</summary>
    /// <param name="name">The operation.</param>
    /// <param name="milliseconds">Each request's latency, failed ones included.</param>
    /// <param name="errors">The requests that failed (not the expected status, or no answer).</param>
    /// <param name="elapsed">How long the phase ran.</param>
    /// <param name="firstError">What the first failure was, or null.</param>
    public OperationStats(string name, IEnumerable<double> milliseconds, int errors, TimeSpan elapsed, string? firstError)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _milliseconds = [.. milliseconds];
        Array.Sort(_milliseconds);
        Errors = errors;
        Elapsed = elapsed;
        FirstError = firstError;
    }

    /// <summary>The operation's name.</summary>
    public string Name { get; }

    /// <summary>The requests completed.</summary>
    public int Count => _milliseconds.Length;

    /// <summary>The requests that failed.</summary>
    public int Errors { get; }

    /// <summary>How long the phase ran.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The first failure, for a look into it.</summary>
    public string? FirstError { get; }

    /// <summary>Successful requests per second.</summary>
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? (Count - Errors) / Elapsed.TotalSeconds : 0;

    /// <summary>The median latency in milliseconds.</summary>
    public double P50 => Percentile(0.50);

    /// <summary>The 99th percentile latency in milliseconds.</summary>
    public double P99 => Percentile(0.99);

    /// <summary>The longest latency in milliseconds.</summary>
    public double Max => Count == 0 ? 0 : _milliseconds[^1];

    /// <summary>The latency that <paramref name="fraction"/> of the requests did not exceed (nearest rank).</summary>
    /// <param name="fraction">From 0 to 1.</param>
    /// <returns>Milliseconds; 0 when nothing ran.</returns>
    public double Percentile(double fraction) =>
        Count == 0 ? 0 : _milliseconds[Math.Clamp((int)Math.Ceiling(fraction * Count) - 1, 0, Count - 1)];

    /// <summary>One line of the report's table.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "{0,-14} {1,9} {2,7} {3,10:F1} {4,9:F2} {5,9:F2} {6,9:F2}", Name, Count, Errors, RequestsPerSecond, P50, P99, Max);
}
