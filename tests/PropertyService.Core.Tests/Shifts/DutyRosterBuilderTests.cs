using NodaTime;
using PropertyService.Sla;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

/// <summary>Bad input to the roster: each refused with a message naming the field, and the builder left as it was.</summary>
public class DutyRosterBuilderTests
{
    private static readonly LocalDate Monday = new(2026, 3, 2);
    private static readonly Actor Stranger = new("X1", "外站", new SiteId("GZ-02"), Role.Officer);

    private static DutyRosterBuilder Builder() => DutyRoster.CreateBuilder(Site, Monday, Monday.PlusDays(1));

    /// <summary>Whatever was refused, the builder still makes CS-12's covered default roster.</summary>
    private static void StillTheDefault(DutyRosterBuilder builder)
    {
        var roster = builder.Build();
        Assert.Equal(DutyRosterDefaults.Templates, roster.Shifts.Take(4).Select(s => s.Template));
        Assert.True(roster.CheckCoverage().IsCovered, roster.CheckCoverage().ToString());
    }

    [Fact]
    public void A_roster_needs_a_site_and_dates_in_order()
    {
        Assert.Equal("site", Assert.Throws<ArgumentException>(() => DutyRoster.CreateBuilder(default, Monday, Monday)).ParamName);
        var backwards = Assert.Throws<ArgumentException>(() => DutyRoster.CreateBuilder(Site, Monday, Monday.PlusDays(-1)));
        Assert.Equal(("lastDate", "lastDate 2026-03-01 is before firstDate 2026-03-02. (Parameter 'lastDate')"), (backwards.ParamName, backwards.Message));
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => DutyRoster.CreateBuilder(Site, new LocalDate(1899, 12, 31), Monday));
        Assert.Equal("firstDate", early.ParamName);
        Assert.StartsWith("firstDate 1899-12-31 is outside the supported years 1900–2199.", early.Message, StringComparison.Ordinal);
        Assert.Equal("lastDate", Assert.Throws<ArgumentOutOfRangeException>(() => DutyRoster.CreateBuilder(Site, Monday, new LocalDate(2200, 1, 1))).ParamName);
        var huge = Assert.Throws<ArgumentOutOfRangeException>(() => DutyRoster.CreateBuilder(Site, new LocalDate(1900, 1, 1), new LocalDate(2199, 12, 31)));
        Assert.Equal("lastDate", huge.ParamName);
        Assert.StartsWith("A roster plans at most 3660 dates (ten years)", huge.Message, StringComparison.Ordinal);
        var builder = DutyRoster.CreateBuilder(Site, new LocalDate(2190, 1, 1), new LocalDate(2199, 12, 31).PlusDays(-3)); // 3,649 dates, within the limit
        Assert.Equal((Site, new LocalDate(2190, 1, 1), new LocalDate(2199, 12, 28)), (builder.Site, builder.FirstDate, builder.LastDate));
        Assert.Equal(DutyRosterDefaults.TimeZoneId, builder.TimeZone.Id);
    }

    [Fact]
    public void Templates_that_overlap_are_refused_naming_both_CS11()
    {
        var builder = Week(Monday, 2);
        var overlap = Assert.Throws<ArgumentException>(() => builder.SetTemplates(
            new ShiftTemplate("Day", T(8, 30), T(17, 30), Role.Officer),
            new ShiftTemplate("Night", T(17, 0), T(8, 30), Role.Technician)));
        Assert.Equal(("templates", "templates[1] (Night 17:00–08:30 (1 Technician)) overlaps templates[0] (Day 08:30–17:30 (1 Officer)); a day's shifts follow one another. (Parameter 'templates')"), (overlap.ParamName, overlap.Message));

        // Across midnight: the night runs into the next day's morning.
        Assert.Throws<ArgumentException>(() => builder.SetTemplates(
            new ShiftTemplate("Day", T(8, 30), T(17, 30), Role.Officer),
            new ShiftTemplate("Night", T(17, 30), T(9), Role.Technician)));
        Assert.Throws<ArgumentException>(() => builder.SetTemplates(
            new ShiftTemplate("Night", T(17, 30), T(9), Role.Technician),
            new ShiftTemplate("Day", T(8, 30), T(17, 30), Role.Officer)));
        Assert.Throws<ArgumentException>(() => builder.SetTemplates(BusinessDayKind.Holiday,
            new ShiftTemplate("All", T(0), T(0), Role.Officer),
            new ShiftTemplate("Noon", T(12), T(13), Role.Officer)));
        StillTheDefault(builder);

        // Meeting exactly is not overlapping.
        var meeting = builder.SetTemplates(
            new ShiftTemplate("Day", T(8, 30), T(17, 30), Role.Officer),
            new ShiftTemplate("Night", T(17, 30), T(8, 30), Role.Technician)).TemplatesOf(BusinessDayKind.Workday);
        Assert.Equal(2, meeting.Count);
    }

    [Fact]
    public void Templates_must_be_named_once_and_not_be_missing_CS11()
    {
        var builder = Week(Monday, 2);
        var twice = Assert.Throws<ArgumentException>(() => builder.SetTemplates(
            new ShiftTemplate("Day", T(8), T(12), Role.Officer),
            new ShiftTemplate("Day", T(12), T(8), Role.Technician)));
        Assert.Equal("templates[1] and templates[0] are both named \"Day\"; each shift of a day needs its own name. (Parameter 'templates')", twice.Message);

        var empty = Assert.Throws<ArgumentException>(() => builder.SetTemplates(BusinessDayKind.Holiday));
        Assert.Equal(("templates", "A day needs at least one shift (CS-11: the service center is on duty 24 hours a day). (Parameter 'templates')"), (empty.ParamName, empty.Message));

        var nullOne = Assert.Throws<ArgumentNullException>(() => builder.SetTemplates(new ShiftTemplate("Day", T(8), T(8), Role.Officer), null!));
        Assert.Equal("templates[1] is null. (Parameter 'templates')", nullOne.Message);
        Assert.Equal("templates", Assert.Throws<ArgumentNullException>(() => builder.SetTemplates((IEnumerable<ShiftTemplate>)null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => builder.SetTemplates((BusinessDayKind)4, DutyRosterDefaults.Templates)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => builder.TemplatesOf((BusinessDayKind)(-1))).ParamName);
        StillTheDefault(builder);
    }

    [Fact]
    public void A_rotation_must_name_people_of_the_site_once_CS12()
    {
        var builder = Week(Monday, 2);
        var empty = Assert.Throws<ArgumentException>(() => builder.SetRotation(DutyRosterDefaults.NightShift));
        Assert.Equal(("people", "The rotation of Night is empty: name at least one person. (Parameter 'people')"), (empty.ParamName, empty.Message));

        var twice = Assert.Throws<ArgumentException>(() => builder.SetRotation(DutyRosterDefaults.NightShift, Chen, Liu, Chen));
        Assert.Equal("people[2] and people[0] are both 陈师傅 (T1). (Parameter 'people')", twice.Message);

        var stranger = Assert.Throws<ArgumentException>(() => builder.SetRotation(DutyRosterDefaults.NoonShift, Wang, Stranger));
        Assert.Equal("外站 (X1) belongs to site GZ-02, not to SZ-01. (Parameter 'people')", stranger.Message);

        Assert.Equal("people[1] is null. (Parameter 'people')", Assert.Throws<ArgumentNullException>(() => builder.SetRotation(DutyRosterDefaults.NoonShift, Wang, null!)).Message);
        Assert.Equal("shiftName", Assert.Throws<ArgumentException>(() => builder.SetRotation(" ", Wang)).ParamName);
        Assert.Equal("people", Assert.Throws<ArgumentNullException>(() => builder.SetRotation("Noon", (IEnumerable<Actor>)null!)).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentException>(() => builder.AddDayOff(Stranger, Monday)).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => builder.AddDayOff(null!, Monday)).ParamName);
        StillTheDefault(builder);
    }

    [Fact]
    public void An_assignment_must_be_within_the_dates_and_name_people_once()
    {
        var builder = Week(Monday, 2);
        var outside = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Assign(Monday.PlusDays(2), "Night", Chen));
        Assert.Equal("date", outside.ParamName);
        Assert.StartsWith("date 2026-03-04 is outside the roster's dates 2026-03-02 to 2026-03-03.", outside.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Assign(Monday.PlusDays(-1), "Night", Chen));
        Assert.Equal("people", Assert.Throws<ArgumentException>(() => builder.Assign(Monday, "Night", Chen, Chen)).ParamName);
        Assert.Equal("shiftName", Assert.Throws<ArgumentException>(() => builder.Assign(Monday, "", Chen)).ParamName);
        StillTheDefault(builder);
    }

    [Fact]
    public void Build_lists_every_problem_that_only_the_whole_shows_CS12()
    {
        var builder = Week(Monday, 2)
            .SetRotation(DutyRosterDefaults.NightShift, Chen, Wang)
            .SetRotation("Evening", Li)
            .Assign(Monday, DutyRosterDefaults.NoonShift, Chen)
            .Assign(Monday.PlusDays(1), "Lunch", Li)
            .AddDayOff(Liu, Monday)
            .Assign(Monday, DutyRosterDefaults.NightShift, Liu);

        var refused = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal(
            "The duty roster of SZ-01 cannot be built: "
            + "王芳 (O1) is in the rotation of Night but does not hold the role Technician (CS-12). "
            + "The rotation names the shift \"Evening\", which no template has. "
            + "刘师傅 (T2) is assigned to Night on 2026-03-02, a day off. "
            + "陈师傅 (T1) is assigned to Noon on 2026-03-02 but does not hold the role Officer (CS-12). "
            + "2026-03-03 has no shift \"Lunch\" to assign.",
            refused.Message);
    }

    [Fact]
    public void The_calendar_decides_the_time_zone()
    {
        var calendar = BusinessCalendar.CreateBuilder().InTimeZone("Europe/London").AddWindowEveryDay(WorkingWindow.FullDay).Build();
        var builder = Week(Monday, 2).InTimeZone(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]).WithCalendar(calendar);

        Assert.Equal("Europe/London", builder.TimeZone.Id);
        var refused = Assert.Throws<InvalidOperationException>(() => builder.InTimeZone(Shanghai));
        Assert.Equal("The roster uses its calendar's time zone Europe/London; set the zone on the calendar.", refused.Message);
        Assert.Equal("Europe/London", builder.Build().TimeZone.Id);
        Assert.Equal("timeZone", Assert.Throws<ArgumentNullException>(() => Week().InTimeZone(null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => Week().WithCalendar(null!)).ParamName);
    }
}
