using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// How long a defect class stays under warranty: a calendar period (such as 5 years), or a number of
/// heating seasons (采暖期).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class WarrantyTerm
{
    private readonly Period? _period;

    // The period's date units, kept apart so CoverageEnds can add them directly: the same additions, in
    // the same order, as LocalDate.Plus(Period), without re-checking the period on every quote line.
    private readonly int _years;
    private readonly int _months;
    private readonly int _weeks;
    private readonly int _days;
    private readonly int _seasons;
    private readonly AnnualDate _seasonStart;
    private readonly AnnualDate _seasonEnd;

    private WarrantyTerm(Period? period, int seasons, AnnualDate seasonStart, AnnualDate seasonEnd, string description)
    {
        _period = period;
        if (period is not null)
        {
            _years = period.Years;
            _months = period.Months;
            _weeks = period.Weeks;
            _days = period.Days;
        }

        _seasons = seasons;
        _seasonStart = seasonStart;
        _seasonEnd = seasonEnd;
        Description = description;
    }

    /// <summary>The term for people, for example "5 years" or "2 heating seasons".</summary>
    public string Description { get; }

    /// <summary>A term of whole years.</summary>
    /// <param name="years">How many years; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not positive.</exception>
    public static WarrantyTerm Years(int years) =>
        new(Period.FromYears(Preconditions.CheckPositive(years)), 0, default, default, years == 1 ? "1 year" : $"{years} years");

    /// <summary>A term of a calendar period.</summary>
    /// <param name="period">The period, such as <c>Period.FromMonths(18)</c>; only date units are used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is zero or has time units.</exception>
    public static WarrantyTerm Of(Period period)
    {
        Preconditions.CheckNotNull(period);
        if (period.HasTimeComponent || period.Equals(Period.Zero) || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            throw new ArgumentException($"A warranty period must be a positive number of years, months, weeks or days, but was {period}.", nameof(period));
        }

        return new(period, 0, default, default, period.ToString());
    }

    /// <summary>
    /// A term of heating seasons: the warranty lasts until the end of the <paramref name="count"/>-th
    /// heating season that starts on or after the warranty's start date.
    /// </summary>
    /// <param name="count">How many heating seasons; positive.</param>
    /// <param name="seasonStart">The day a heating season starts; 15 November when omitted (northern China).</param>
    /// <param name="seasonEnd">The last day of a heating season (in the next year when before the start); 15 March when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public static WarrantyTerm HeatingSeasons(int count, AnnualDate? seasonStart = null, AnnualDate? seasonEnd = null) =>
        new(null, Preconditions.CheckPositive(count), seasonStart ?? new AnnualDate(11, 15), seasonEnd ?? new AnnualDate(3, 15),
            count == 1 ? "1 heating season" : $"{count} heating seasons");

    /// <summary>The first day no longer covered when the warranty starts on <paramref name="start"/>.</summary>
    /// <param name="start">The day the warranty starts.</param>
    public LocalDate CoverageEnds(LocalDate start)
    {
        if (_period is not null)
        {
            // Same as start.Plus(_period) (years, then months, weeks and days), skipping zero units.
            var end = start;
            if (_years != 0)
            {
                end = end.PlusYears(_years);
            }

            if (_months != 0)
            {
                end = end.PlusMonths(_months);
            }

            if (_weeks != 0)
            {
                end = end.PlusWeeks(_weeks);
            }

            return _days != 0 ? end.PlusDays(_days) : end;
        }

        var year = start.Year;
        if (_seasonStart.InYear(year) < start)
        {
            year++;
        }

        var lastSeasonYear = year + _seasons - 1;
        var endYear = _seasonEnd.CompareTo(_seasonStart) <= 0 ? lastSeasonYear + 1 : lastSeasonYear;
        return _seasonEnd.InYear(endYear).PlusDays(1);
    }

    /// <summary>Returns <see cref="Description"/>.</summary>
    public override string ToString() => Description;
}
