using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace PropertyService.Fees;

public class WarrantyTermTests
{
    [Theory]
    [InlineData(1, "1 year")]
    [InlineData(2, "2 years")]
    [InlineData(5, "5 years")]
    public void Years_describe_themselves_for_people(int years, string description)
    {
        var term = WarrantyTerm.Years(years);
        Assert.Equal(description, term.Description);
        Assert.Equal(description, term.ToString());
    }

    [Fact]
    public void Years_end_on_the_same_day_years_later_and_a_leap_day_ends_on_the_28th()
    {
        Assert.Equal(new LocalDate(2031, 6, 1), WarrantyTerm.Years(5).CoverageEnds(new LocalDate(2026, 6, 1)));
        Assert.Equal(new LocalDate(2029, 2, 28), WarrantyTerm.Years(5).CoverageEnds(new LocalDate(2024, 2, 29)));
    }

    [Fact]
    public void A_period_adds_years_then_months_then_weeks_then_days()
    {
        var term = WarrantyTerm.Of(new PeriodBuilder { Years = 1, Months = 1, Weeks = 1, Days = 1 }.Build());

        // 2024-01-31 + 1 year = 2025-01-31, + 1 month = 2025-02-28, + 1 week = 2025-03-07, + 1 day = 2025-03-08.
        Assert.Equal(new LocalDate(2025, 3, 8), term.CoverageEnds(new LocalDate(2024, 1, 31)));
        Assert.Equal("P1Y1M1W1D", term.Description);
        Assert.Equal(new LocalDate(2025, 7, 31), WarrantyTerm.Of(Period.FromMonths(18)).CoverageEnds(new LocalDate(2024, 1, 31)));
        Assert.Equal(new LocalDate(2024, 2, 14), WarrantyTerm.Of(Period.FromWeeks(2)).CoverageEnds(new LocalDate(2024, 1, 31)));
        Assert.Equal(new LocalDate(2024, 2, 10), WarrantyTerm.Of(Period.FromDays(10)).CoverageEnds(new LocalDate(2024, 1, 31)));
    }

    private static readonly Gen<(Period Period, LocalDate Start)> PeriodsAndStarts =
        from years in Gen.Choose(0, 10)
        from months in Gen.Choose(0, 30)
        from weeks in Gen.Choose(0, 10)
        from days in Gen.Choose(0, 60)
        from dayNumber in Gen.Choose(0, 20_000)
        let period = new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build()
        where !period.Equals(Period.Zero)
        select (period, new LocalDate(2000, 1, 1).PlusDays(dayNumber));

    [Property(MaxTest = 300)]
    public Property A_period_term_ends_where_NodaTime_adds_the_period() =>
        Prop.ForAll(PeriodsAndStarts.ToArbitrary(), p => WarrantyTerm.Of(p.Period).CoverageEnds(p.Start) == p.Start.Plus(p.Period));

    [Theory]
    [InlineData("2024-06-01", "2026-03-16")] // seasons 2024/25 and 2025/26
    [InlineData("2024-11-15", "2026-03-16")] // handed over on the first day of a season: that season counts
    [InlineData("2024-11-16", "2027-03-16")] // a day later: the next two seasons
    [InlineData("2025-01-10", "2027-03-16")] // in the middle of a season: the next two
    public void Heating_seasons_count_whole_seasons_starting_on_or_after_the_start(string start, string ends) =>
        Assert.Equal(LocalDatePattern.Iso.Parse(ends).Value, WarrantyTerm.HeatingSeasons(2).CoverageEnds(LocalDatePattern.Iso.Parse(start).Value));

    [Fact]
    public void A_heating_season_within_one_calendar_year_ends_that_year()
    {
        var term = WarrantyTerm.HeatingSeasons(1, new AnnualDate(1, 10), new AnnualDate(2, 20));

        Assert.Equal(new LocalDate(2025, 2, 21), term.CoverageEnds(new LocalDate(2024, 6, 1)));
        Assert.Equal(new LocalDate(2024, 2, 21), term.CoverageEnds(new LocalDate(2024, 1, 10)));
        Assert.Equal(new LocalDate(2026, 2, 21), WarrantyTerm.HeatingSeasons(2, new AnnualDate(1, 10), new AnnualDate(2, 20)).CoverageEnds(new LocalDate(2024, 6, 1)));
    }

    [Fact]
    public void A_season_that_ends_on_its_start_day_ends_the_next_year()
    {
        var term = WarrantyTerm.HeatingSeasons(1, new AnnualDate(11, 15), new AnnualDate(11, 15));
        Assert.Equal(new LocalDate(2025, 11, 16), term.CoverageEnds(new LocalDate(2024, 6, 1)));
    }

    [Theory]
    [InlineData(1, "1 heating season")]
    [InlineData(3, "3 heating seasons")]
    public void Heating_seasons_describe_themselves_for_people(int count, string description) =>
        Assert.Equal(description, WarrantyTerm.HeatingSeasons(count).ToString());

    [Fact]
    public void Counts_must_be_positive()
    {
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => WarrantyTerm.Years(0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => WarrantyTerm.HeatingSeasons(0)).ParamName);
        Assert.Throws<ArgumentNullException>(() => WarrantyTerm.Of(null!));
    }

    [Theory]
    [InlineData("PT1H")]
    [InlineData("P1DT1H")]
    [InlineData("P0D")]
    [InlineData("P-1Y")]
    [InlineData("P1Y-1M")]
    [InlineData("P1Y-1W")]
    [InlineData("P1Y-1D")]
    public void A_period_must_be_a_positive_number_of_date_units(string text)
    {
        var period = PeriodPattern.Roundtrip.Parse(text).Value;

        var error = Assert.Throws<ArgumentException>(() => WarrantyTerm.Of(period));

        Assert.Equal("period", error.ParamName);
        Assert.StartsWith($"A warranty period must be a positive number of years, months, weeks or days, but was {period}.", error.Message);
    }
}
