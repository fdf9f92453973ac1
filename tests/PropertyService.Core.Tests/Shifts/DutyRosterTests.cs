using NodaTime;
using PropertyService.Sla;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

public class DutyRosterTests
{
    [Fact]
    public void The_default_roster_covers_24_hours_every_day_with_four_shifts_CS11_CS12()
    {
        var roster = Week().Build();
        var report = roster.CheckCoverage();

        Assert.True(report.IsCovered, report.ToString());
        Assert.Empty(report.Findings);
        Assert.Equal(28, roster.Shifts.Count);
        Assert.Equal(new Interval(At(3, 2, 8, 30), At(3, 9, 8, 30)), report.Period);
        Assert.Equal(report.Period, roster.Period);
        Assert.Equal(
            ["Morning 08:30–12:00 (1 Officer)", "Noon 12:00–13:30 (1 Officer)", "Afternoon 13:30–17:30 (1 Officer)", "Night 17:30–08:30 (1 Technician)"],
            roster.Shifts.Take(4).Select(s => s.Template.ToString()));
        Assert.StartsWith(report.Period.ToString(), report.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(": covered 24 hours a day (CS-11)", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Noon_and_night_duty_rotate_fairly_CS12()
    {
        var roster = Week().Build();

        Assert.Equal(
            [Wang, Li, Zhao, Wang, Li, Zhao, Wang],
            roster.Shifts.Where(s => s.Name == DutyRosterDefaults.NoonShift).Select(s => Assert.Single(s.People)));
        Assert.Equal(
            [Chen, Liu, Chen, Liu, Chen, Liu, Chen],
            roster.Shifts.Where(s => s.Name == DutyRosterDefaults.NightShift).Select(s => Assert.Single(s.People)));
    }

    [Fact]
    public void A_day_off_is_skipped_and_the_turns_stay_fair_CS12()
    {
        var roster = Week().AddDayOff(Chen, new LocalDate(2026, 3, 2)).AddDayOff(Chen, new LocalDate(2026, 3, 3)).Build();

        Assert.Equal(
            [Liu, Liu, Chen, Chen, Liu, Chen, Liu],
            roster.Shifts.Where(s => s.Name == DutyRosterDefaults.NightShift).Select(s => Assert.Single(s.People)));
    }

    [Fact]
    public void A_shift_without_enough_people_is_a_gap_naming_the_missing_role_CS11()
    {
        var roster = DutyRoster.CreateBuilder(Site, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3))
            .SetRotation(DutyRosterDefaults.NightShift, Technicians)
            .SetTemplates(
                new ShiftTemplate("Day", T(8, 30), T(17, 30), Role.Officer, staff: 2),
                new ShiftTemplate(DutyRosterDefaults.NightShift, T(17, 30), T(8, 30), Role.Technician))
            .SetRotation("Day", Wang)
            .Assign(new LocalDate(2026, 3, 3), DutyRosterDefaults.NightShift)
            .Build();

        var report = roster.CheckCoverage();

        Assert.False(report.IsCovered);
        Assert.Equal(
            [
                (CoverageFindingKind.Understaffed, At(3, 2, 8, 30), At(3, 2, 17, 30), (Role?)Role.Officer, 1),
                (CoverageFindingKind.Understaffed, At(3, 3, 8, 30), At(3, 3, 17, 30), Role.Officer, 1),
                (CoverageFindingKind.Understaffed, At(3, 3, 17, 30), At(3, 4, 8, 30), Role.Technician, 1),
            ],
            report.Findings.Select(f => (f.Kind, f.Interval.Start, f.Interval.End, f.Role, f.Missing)));
        Assert.Equal("2026-03-03 17:30 to 2026-03-04 08:30: Night of 2026-03-03 needs 1 more Technician (CS-11)", report.Findings[2].ToString());
        Assert.Equal(new LocalDateTime(2026, 3, 3, 17, 30), report.Findings[2].LocalStart);
        Assert.Equal(new LocalDateTime(2026, 3, 4, 8, 30), report.Findings[2].LocalEnd);
        Assert.Same(roster.Shifts[3], Assert.Single(report.Findings[2].Shifts));
        Assert.Equal(1, roster.Shifts[3].Missing);
        Assert.Equal(0, roster.Shifts[1].Missing);
    }

    [Fact]
    public void Time_between_templates_is_uncovered_CS11()
    {
        var roster = Week(days: 2)
            .SetTemplates(
                new ShiftTemplate(DutyRosterDefaults.MorningShift, T(8, 30), T(12), Role.Officer),
                new ShiftTemplate(DutyRosterDefaults.AfternoonShift, T(13, 30), T(17, 30), Role.Officer),
                new ShiftTemplate(DutyRosterDefaults.NightShift, T(17, 30), T(8, 30), Role.Technician))
            .SetRotation(DutyRosterDefaults.NoonShift, Wang) // no day has a noon shift any more
            .SetRotation(DutyRosterDefaults.NightShift, Chen);

        var refused = Assert.Throws<InvalidOperationException>(roster.Build);
        Assert.Equal("The duty roster of SZ-01 cannot be built: The rotation names the shift \"Noon\", which no template has.", refused.Message);

        var report = roster.SetRotation(DutyRosterDefaults.NoonShift, Wang).SetTemplates(
                new ShiftTemplate(DutyRosterDefaults.MorningShift, T(8, 30), T(12), Role.Officer),
                new ShiftTemplate(DutyRosterDefaults.NoonShift, T(12), T(13), Role.Officer),
                new ShiftTemplate(DutyRosterDefaults.AfternoonShift, T(13, 30), T(17, 30), Role.Officer),
                new ShiftTemplate(DutyRosterDefaults.NightShift, T(17, 30), T(8, 30), Role.Technician))
            .Build()
            .CheckCoverage();

        Assert.Equal(
            [
                (CoverageFindingKind.Uncovered, At(3, 2, 13), At(3, 2, 13, 30)),
                (CoverageFindingKind.Uncovered, At(3, 3, 13), At(3, 3, 13, 30)),
            ],
            report.Findings.Where(f => f.Kind == CoverageFindingKind.Uncovered).Select(f => (f.Kind, f.Interval.Start, f.Interval.End)));
        Assert.Equal("2026-03-02 13:00 to 2026-03-02 13:30: no shift covers this time (CS-11)", report.Findings.First(f => f.Kind == CoverageFindingKind.Uncovered).ToString());
        Assert.Empty(report.Findings.First(f => f.Kind == CoverageFindingKind.Uncovered).Shifts);
        Assert.Null(report.Findings.First(f => f.Kind == CoverageFindingKind.Uncovered).Role);
    }

    [Fact]
    public void Holiday_templates_that_do_not_meet_the_workday_ones_leave_a_gap_and_an_overlap_CS11()
    {
        var calendar = BusinessCalendar.CreateBuilder()
            .AddWindows([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], new WorkingWindow(T(8, 30), T(17, 30)))
            .AddHoliday(new LocalDate(2026, 3, 3))
            .Build();
        var roster = Week(days: 3)
            .WithCalendar(calendar)
            .SetTemplates(
                BusinessDayKind.Holiday,
                new ShiftTemplate("HolidayDay", T(9), T(17, 30), Role.Officer),
                new ShiftTemplate(DutyRosterDefaults.NightShift, T(17, 30), T(9), Role.Technician))
            .SetRotation("HolidayDay", Officers)
            .Build();

        var report = roster.CheckCoverage();

        Assert.Equal(["Morning", "Noon", "Afternoon", "Night", "HolidayDay", "Night", "Morning"], roster.Shifts.Take(7).Select(s => s.Name));
        Assert.Equal(
            [
                (CoverageFindingKind.Uncovered, At(3, 3, 8, 30), At(3, 3, 9), 0),
                (CoverageFindingKind.Overlap, At(3, 4, 8, 30), At(3, 4, 9), 2),
            ],
            report.Findings.Select(f => (f.Kind, f.Interval.Start, f.Interval.End, f.Shifts.Count)));
        Assert.Equal("2026-03-04 08:30 to 2026-03-04 09:00: shifts overlap: 2026-03-03 Night, 2026-03-04 Morning (CS-11)", report.Findings[1].ToString());
        Assert.Equal(DutyRosterDefaults.MorningShift, roster.WhoIsOnDuty(At(3, 4, 8, 45))!.Name);
        Assert.Equal(new LocalDate(2026, 3, 3), roster.WhoIsOnDuty(At(3, 4, 8, 29))!.Date);
        Assert.Null(roster.WhoIsOnDuty(At(3, 3, 8, 45)));
    }

    [Fact]
    public void Rest_days_and_make_up_days_fall_back_to_the_templates_of_their_kind()
    {
        var rest = new ShiftTemplate("Weekend", T(8, 30), T(8, 30), Role.Officer);
        var calendar = BusinessCalendar.CreateBuilder()
            .AddWindows([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], new WorkingWindow(T(8, 30), T(17, 30)))
            .AddHoliday(new LocalDate(2026, 3, 4))
            .AddMakeUpWorkingDay(new LocalDate(2026, 3, 7), IsoDayOfWeek.Monday)
            .Build();
        var builder = Week().WithCalendar(calendar).SetTemplates(BusinessDayKind.RestDay, rest).SetRotation("Weekend", Officers);

        Assert.Equal([rest], builder.TemplatesOf(BusinessDayKind.RestDay));
        Assert.Equal([rest], builder.TemplatesOf(BusinessDayKind.Holiday));
        Assert.Equal(DutyRosterDefaults.Templates, builder.TemplatesOf(BusinessDayKind.MakeUpWorkday));
        Assert.Equal(DutyRosterDefaults.Templates, builder.TemplatesOf(BusinessDayKind.Workday));

        var roster = builder.Build();
        Assert.Equal(
            [(2, "Morning"), (3, "Morning"), (4, "Weekend"), (5, "Morning"), (6, "Morning"), (7, "Morning"), (8, "Weekend")],
            roster.Shifts.GroupBy(s => s.Date).Select(g => (g.Key.Day, g.First().Name)));
        Assert.True(roster.CheckCoverage().IsCovered, roster.CheckCoverage().ToString());

        builder.SetTemplates(DutyRosterDefaults.Templates);
        Assert.Equal(DutyRosterDefaults.Templates, builder.TemplatesOf(BusinessDayKind.RestDay));
    }

    [Fact]
    public void A_daylight_saving_change_shortens_the_night_and_the_roster_stays_covered_CS11()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var roster = DutyRoster.CreateBuilder(Site, new LocalDate(2026, 3, 28), new LocalDate(2026, 3, 29))
            .InTimeZone(london)
            .SetTemplates(
                new ShiftTemplate("Day", T(8, 30), T(20), Role.Officer),
                new ShiftTemplate("Late", T(20), T(1, 30), Role.Officer),
                new ShiftTemplate("Early", T(1, 30), T(8, 30), Role.Technician))
            .SetRotation("Day", Officers)
            .SetRotation("Late", Officers)
            .SetRotation("Early", Technicians)
            .Build();

        var report = roster.CheckCoverage();

        Assert.True(report.IsCovered, report.ToString());
        var early = roster.Shifts.Single(s => s.Name == "Early" && s.Date == new LocalDate(2026, 3, 29));
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 0), early.Start); // 01:30 does not exist: the clocks jump from 01:00 GMT to 02:00 BST
        Assert.Equal(Duration.FromMinutes(390), early.Interval.Duration);
        Assert.Same(early, roster.WhoIsOnDuty(Instant.FromUtc(2026, 3, 29, 1, 0)));
        Assert.Equal("Late", roster.WhoIsOnDuty(Instant.FromUtc(2026, 3, 29, 0, 59))!.Name);
        Assert.Equal(london, roster.TimeZone);
    }

    [Fact]
    public void A_shift_that_starts_in_the_skipped_hour_starts_when_the_clocks_jump_and_never_ends_before_it_starts_CS11()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var sunday = new LocalDate(2026, 3, 29);
        var roster = DutyRoster.CreateBuilder(Site, sunday, sunday)
            .InTimeZone(london)
            .SetTemplates(
                new ShiftTemplate("Day", T(2, 15), T(17, 30), Role.Officer),
                new ShiftTemplate("Night", T(17, 30), T(1, 15), Role.Technician),
                new ShiftTemplate("Skipped", T(1, 15), T(1, 45), Role.Technician),
                new ShiftTemplate("Straddle", T(1, 45), T(2, 15), Role.Technician))
            .SetRotation("Day", Officers)
            .SetRotation("Night", Technicians)
            .SetRotation("Skipped", Technicians)
            .SetRotation("Straddle", Technicians)
            .Build();

        var skipped = roster.Shifts.Single(s => s.Name == "Skipped");
        var straddle = roster.Shifts.Single(s => s.Name == "Straddle");
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 29, 1, 0), Instant.FromUtc(2026, 3, 29, 1, 0)), skipped.Interval);
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 29, 1, 0), Instant.FromUtc(2026, 3, 29, 1, 15)), straddle.Interval);
        Assert.Same(straddle, roster.WhoIsOnDuty(Instant.FromUtc(2026, 3, 29, 1, 0)));
        Assert.Same(straddle, roster.NextShiftChange(Instant.FromUtc(2026, 3, 29, 0, 59)));
        Assert.Equal("Day", roster.NextShiftChange(Instant.FromUtc(2026, 3, 29, 1, 0))!.Name);
        Assert.True(roster.CheckCoverage().IsCovered, roster.CheckCoverage().ToString());
    }

    [Fact]
    public void Who_is_on_duty_and_the_next_shift_change()
    {
        var roster = Week().Build();

        var noon = roster.WhoIsOnDuty(At(3, 4, 12))!;
        Assert.Equal((new LocalDate(2026, 3, 4), "Noon", At(3, 4, 12), At(3, 4, 13, 30)), (noon.Date, noon.Name, noon.Start, noon.End));
        Assert.True(noon.IsOnDuty(Zhao));
        Assert.False(noon.IsOnDuty(Wang));
        Assert.Same(noon, roster.WhoIsOnDuty(At(3, 4, 13, 29)));
        Assert.Equal("Afternoon", roster.WhoIsOnDuty(At(3, 4, 13, 30))!.Name);
        Assert.Equal("Night", roster.WhoIsOnDuty(At(3, 5, 3))!.Name);
        Assert.Null(roster.WhoIsOnDuty(At(3, 2, 8, 29)));
        Assert.Null(roster.WhoIsOnDuty(At(3, 9, 8, 30)));
        Assert.Equal(new LocalDate(2026, 3, 8), roster.WhoIsOnDuty(At(3, 9, 8, 29))!.Date);

        Assert.Equal(At(3, 4, 13, 30), roster.NextShiftChange(At(3, 4, 12))!.Start);
        Assert.Equal(At(3, 4, 13, 30), roster.NextShiftChange(At(3, 4, 12, 1))!.Start);
        Assert.Equal(At(3, 2, 8, 30), roster.NextShiftChange(At(3, 1, 0))!.Start);
        Assert.Null(roster.NextShiftChange(At(3, 8, 17, 30)));
        Assert.Equal("2026-03-04 Noon 12:00–13:30: 赵敏", noon.ToString());
        Assert.Equal("Duty roster of SZ-01, 2026-03-02 to 2026-03-08: 28 shifts in Asia/Shanghai", roster.ToString());
    }

    [Fact]
    public void An_explicit_assignment_replaces_the_rotation_and_counts_as_a_turn_CS12()
    {
        var roster = Week().Assign(new LocalDate(2026, 3, 2), DutyRosterDefaults.NightShift, Liu).Build();

        Assert.Equal(
            [Liu, Chen, Liu, Chen, Liu, Chen, Liu],
            roster.Shifts.Where(s => s.Name == DutyRosterDefaults.NightShift).Select(s => Assert.Single(s.People)));
    }

    [Fact]
    public void A_shift_with_no_rotation_and_no_assignment_is_empty()
    {
        var roster = DutyRoster.CreateBuilder(Site, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2)).Build();

        Assert.All(roster.Shifts, s => Assert.Empty(s.People));
        Assert.Equal("2026-03-02 Morning 08:30–12:00: nobody", roster.Shifts[0].ToString());
        Assert.Equal(4, roster.CheckCoverage().Findings.Count);
        Assert.Empty(roster.YearsWithoutHolidayData);
    }

    [Fact]
    public void Years_the_calendar_has_no_holiday_data_for_are_reported()
    {
        var calendar = BusinessCalendar.CreateBuilder().AddWindowEveryDay(WorkingWindow.FullDay).ObservePublicHolidays().Build();
        var roster = Week(new LocalDate(2030, 12, 30), days: 4).WithCalendar(calendar).Build();

        Assert.Equal([2030, 2031], roster.YearsWithoutHolidayData);
    }
}
