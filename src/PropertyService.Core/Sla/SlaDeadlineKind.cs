namespace PropertyService.Sla;

/// <summary>How a timing target's deadline is set.</summary>
public enum SlaDeadlineKind
{
    /// <summary>A duration of working time on a named business calendar after the start (24/7 by default), such as 3 minutes (RP-09).</summary>
    After = 0,

    /// <summary>An instant carried by the start event plus an offset, such as 5 minutes before the appointment (RP-13).</summary>
    AtCarriedInstant = 1,

    /// <summary>The end of the Nth business day after the start on a named calendar, such as HR-09's site option.</summary>
    EndOfBusinessDay = 2,
}
