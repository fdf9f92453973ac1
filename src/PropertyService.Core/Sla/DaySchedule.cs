namespace PropertyService.Sla;

/// <summary>
/// The working intervals of one local date, as nanoseconds since local midnight, sorted and disjoint,
/// with running totals so that questions about a day need no stepping.
/// </summary>
internal sealed class DaySchedule
{
    internal const long NanosPerDay = 86_400_000_000_000L;

    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _before;

    internal static readonly DaySchedule Empty = new([], []);

    private DaySchedule(long[] starts, long[] ends)
    {
        _starts = starts;
        _ends = ends;
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

    internal int Count => _starts.Length;

    internal long StartAt(int index) => _starts[index];

    internal long EndAt(int index) => _ends[index];

    /// <summary>The last working nanosecond-of-day boundary (the end of the last interval); only when <see cref="Total"/> &gt; 0.</summary>
    internal long LastEnd => _ends[^1];

    /// <summary>Builds a schedule from intervals in any order, merging overlaps and touching intervals.</summary>
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
            if (end <= start)
            {
                continue;
            }

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

        return starts.Count == 0 ? Empty : new DaySchedule([.. starts], [.. ends]);
    }

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
