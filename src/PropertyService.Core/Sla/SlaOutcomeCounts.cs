using System.Globalization;

namespace PropertyService.Sla;

/// <summary>
/// How many timers of one target ended up how, under one SLA configuration, in a <see cref="SlaReplay"/>: each timer is
/// counted once, under its <see cref="SlaOutcome"/>.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class SlaOutcomeCounts
{
    internal SlaOutcomeCounts(int met, int metLate, int overdue, int open, int cancelled)
    {
        Met = met;
        MetLate = metLate;
        Overdue = overdue;
        Open = open;
        Cancelled = cancelled;
    }

    /// <summary>The timers counted: every aggregate for which the target started (<see cref="Met"/> + <see cref="Breached"/>
    /// + <see cref="Open"/> + <see cref="Cancelled"/>).</summary>
    public int Timers => Met + Breached + Open + Cancelled;

    /// <summary>Timers met on time (<see cref="SlaOutcome.Met"/>).</summary>
    public int Met { get; }

    /// <summary>Timers met after their deadline (<see cref="SlaOutcome.MetLate"/>).</summary>
    public int MetLate { get; }

    /// <summary>Timers still open past their deadline at the replay's instant (<see cref="SlaOutcome.Overdue"/>).</summary>
    public int Overdue { get; }

    /// <summary>Timers breached: met late or overdue (<see cref="SlaTimerState.Breached"/>).</summary>
    public int Breached => MetLate + Overdue;

    /// <summary>Timers still open and not due at the replay's instant (<see cref="SlaOutcome.Open"/>).</summary>
    public int Open { get; }

    /// <summary>Timers cancelled (<see cref="SlaOutcome.Cancelled"/>).</summary>
    public int Cancelled { get; }

    /// <summary>
    /// The share of decided timers that were met on time: <see cref="Met"/> / (<see cref="Met"/> + <see cref="Breached"/>),
    /// from 0 to 1; null when no timer is decided. Open and cancelled timers are not counted: they were neither met nor missed.
    /// </summary>
    public double? OnTimeRate => Met + Breached == 0 ? null : (double)Met / (Met + Breached);

    /// <summary>Formats the counts as <c>120 timers: 100 met, 12 met late, 3 overdue, 4 open, 1 cancelled (on time 86.2 %)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Timers} timers: {Met} met, {MetLate} met late, {Overdue} overdue, {Open} open, {Cancelled} cancelled" +
        (OnTimeRate is { } rate ? string.Create(CultureInfo.InvariantCulture, $" (on time {rate * 100:F1} %)") : string.Empty);
}
