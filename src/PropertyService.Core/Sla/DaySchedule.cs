namespace PropertyService.Sla;

/// <summary>
/// The working intervals of one local date, as nanoseconds since local midnight, sorted and disjoint,
/// with running totals so that questions about a day need no stepping; and whether the date is a business day,
/// with the end of its business day.
/// </summary>
internal sealed class DaySchedule
{
    internal const long NanosPerDay = 86_400_000_000_000L;

    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _before;

    internal static readonly DaySchedule Empty = new([], [], 0);

    private DaySchedule(long[] starts, long[] ends, long businessDayEnd)
    {
        _starts = starts;
        _ends = ends;
        BusinessDayEnd = businessDayEnd;
        _before = new long[starts.Length];
        long sum = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            _before[i] = sum;
            sum += ends[i] - starts[i];
        }

        Total = sum;
    }

    /// <summary>Working nanoseconds in the day.</summary>
    internal long Total { get; }

    /// <summary>The end of the date's business day in nanoseconds since its midnight, up to two days when it owns a
    /// window that runs into the next date; 0 when the date is not a business day.</summary>
    internal long BusinessDayEnd { get; }

    /// <summary>Whether the date is a business day (see <see cref="BusinessCalendar.EndOfBusinessDay"/>).</summary>
    internal bool IsBusinessDay => BusinessDayEnd > 0;

    /// <summary>
    /// Builds a schedule from non-empty intervals in any order, merging overlaps and touching intervals. The date is a business
    /// day when it has working time, ending with it (the per-date reading of <see cref="OvernightWindows.SplitByDate"/>).
    /// </summary>
    internal static DaySchedule From(List<(long Start, long End)> intervals)
    {
        if (intervals.Count == 0)
        {
            return Empty;
        }

        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        var starts = new List<long>();
        var ends = new List<long>();
        foreach (var (start, end) in intervals)
        {
            if (starts.Count > 0 && start <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], end);
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }

        return new DaySchedule([.. starts], [.. ends], ends[^1]);
    }

    /// <summary>The same working time, with the business day the date owns: ending at <paramref name="businessDayEnd"/>, or none when 0.</summary>
    internal DaySchedule OwningUntil(long businessDayEnd) => new(_starts, _ends, businessDayEnd);

    /// <summary>Working nanoseconds in [0, nanoOfDay).</summary>
    internal long WorkedBefore(long nanoOfDay)
    {
        var starts = _starts;
        for (var i = 0; i < starts.Length; i++)
        {
            var start = starts[i];
            if (nanoOfDay <= start)
            {
                return _before[i];
            }

            var end = _ends[i];
            if (nanoOfDay < end)
            {
                return _before[i] + (nanoOfDay - start);
            }
        }

        return Total;
    }

    /// <summary>The earliest nanosecond-of-day by which <paramref name="amount"/> (in (0, Total]) has been worked.</summary>
    internal long Solve(long amount)
    {
        var starts = _starts;
        for (var i = 0; i < starts.Length; i++)
        {
            var length = _ends[i] - starts[i];
            if (_before[i] + length >= amount)
            {
                return starts[i] + (amount - _before[i]);
            }
        }

        return _ends[^1];
    }

    internal bool Contains(long nanoOfDay)
    {
        var starts = _starts;
        for (var i = 0; i < starts.Length; i++)
        {
            if (nanoOfDay < starts[i])
            {
                return false;
            }

            if (nanoOfDay < _ends[i])
            {
                return true;
            }
        }

        return false;
    }
}
