using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// The fee schedules a site has had over time. A repair is priced from the schedule in force on the
/// date it was reported: the one with the latest <see cref="FeeSchedule.InForceFrom"/> on or before it.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class FeeScheduleHistory
{
    private readonly FeeSchedule[] _schedules;

    /// <summary>Creates a history from schedules in any order.</summary>
    /// <param name="schedules">The schedules; at least one, no two in force from the same date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> or a schedule is null.</exception>
    /// <exception cref="ArgumentException">There are no schedules, or two are in force from the same date.</exception>
    public FeeScheduleHistory(IEnumerable<FeeSchedule> schedules)
    {
        var list = Preconditions.CheckNotNull(schedules).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A fee schedule history needs at least one schedule.", nameof(schedules));
        }

        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(schedules), "A fee schedule history cannot hold a null schedule.");
        }

        list.Sort((a, b) => a.InForceFrom.CompareTo(b.InForceFrom));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].InForceFrom == list[i - 1].InForceFrom)
            {
                throw new ArgumentException($"Two fee schedules are in force from {list[i].InForceFrom:uuuu-MM-dd}; each date may start one schedule.", nameof(schedules));
            }
        }

        _schedules = list.ToArray();
    }

    /// <summary>Creates a history from schedules in any order.</summary>
    /// <param name="schedules">The schedules; at least one, no two in force from the same date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> or a schedule is null.</exception>
    /// <exception cref="ArgumentException">There are no schedules, or two are in force from the same date.</exception>
    public FeeScheduleHistory(params FeeSchedule[] schedules)
        : this((IEnumerable<FeeSchedule>)schedules)
    {
    }

    /// <summary>The schedules, oldest first.</summary>
    public IReadOnlyList<FeeSchedule> Schedules => field ??= Array.AsReadOnly(_schedules);

    /// <summary>The schedule in force on <paramref name="date"/>, or null when none was in force yet.</summary>
    /// <param name="date">The date, normally the date the repair was reported.</param>
    public FeeSchedule? InForceOn(LocalDate date)
    {
        for (var i = _schedules.Length - 1; i >= 0; i--)
        {
            if (_schedules[i].InForceFrom <= date)
            {
                return _schedules[i];
            }
        }

        return null;
    }
}
