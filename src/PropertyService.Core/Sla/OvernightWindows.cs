namespace PropertyService.Sla;

/// <summary>
/// Which date owns a working window that crosses midnight, such as the night duty 17:30–08:30 (CS-12): the date
/// whose holiday, make-up working day or day exception removes or replaces it, and whose business day it is.
/// </summary>
/// <remarks>Set with <see cref="BusinessCalendarBuilder.WithOvernightWindows"/>; ordinary weeks are the same either way.</remarks>
public enum OvernightWindows
{
    /// <summary>
    /// The window belongs to the date it starts on, as a roster reads: a Tuesday holiday has no Tuesday night
    /// shift, Monday's night shift runs until Tuesday 08:30 even though Tuesday is a holiday, and Monday's
    /// business day ends when that shift does. The default.
    /// </summary>
    StartDay = 0,

    /// <summary>
    /// The window is split at midnight and each part belongs to the date it falls on: a Tuesday holiday removes
    /// the end of Monday's night shift and the start of Tuesday's, but not the end of Tuesday's, which falls on
    /// Wednesday; a date with any working time is a business day.
    /// </summary>
    SplitByDate = 1,
}
