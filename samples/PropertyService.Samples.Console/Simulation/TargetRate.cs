using PropertyService.Sla;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>One SLA target's timers at the day's end.</summary>
/// <param name="Target">The target.</param>
/// <param name="Total">Timers started.</param>
/// <param name="Met">Met on time.</param>
/// <param name="Breached">Missed (late, or still open past the deadline).</param>
/// <param name="Open">Still running, not yet due.</param>
public sealed record TargetRate(SlaTarget Target, int Total, int Met, int Breached, int Open)
{
    /// <summary>The share of decided timers met on time, or null when none is decided yet.</summary>
    public double? OnTimeRate => Met + Breached == 0 ? null : (double)Met / (Met + Breached);
}
