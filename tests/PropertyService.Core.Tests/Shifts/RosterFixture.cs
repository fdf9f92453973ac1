using NodaTime;

namespace PropertyService.Shifts;

/// <summary>A site's staff and helpers for roster tests.</summary>
public static class RosterFixture
{
    public static readonly SiteId Site = new("SZ-01");
    public static readonly Actor Wang = new("O1", "王芳", Site, Role.Officer);
    public static readonly Actor Li = new("O2", "李娜", Site, Role.Officer);
    public static readonly Actor Zhao = new("O3", "赵敏", Site, Role.Officer);
    public static readonly Actor Chen = new("T1", "陈师傅", Site, Role.Technician);
    public static readonly Actor Liu = new("T2", "刘师傅", Site, Role.Technician);
    public static readonly Actor[] Officers = [Wang, Li, Zhao];
    public static readonly Actor[] Technicians = [Chen, Liu];
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>CS-12's roster for the week of Monday 2 March 2026: officers on the day shifts, noon and night on rotation.</summary>
    public static DutyRosterBuilder Week(LocalDate? first = null, int days = 7)
    {
        var start = first ?? new LocalDate(2026, 3, 2);
        return DutyRoster.CreateBuilder(Site, start, start.PlusDays(days - 1))
            .SetRotation(DutyRosterDefaults.MorningShift, Officers)
            .SetRotation(DutyRosterDefaults.NoonShift, Officers)
            .SetRotation(DutyRosterDefaults.AfternoonShift, Officers)
            .SetRotation(DutyRosterDefaults.NightShift, Technicians);
    }

    /// <summary>The instant of a local date-time in Shanghai.</summary>
    public static Instant At(int month, int day, int hour, int minute = 0) =>
        Shanghai.AtStrictly(new LocalDateTime(2026, month, day, hour, minute)).ToInstant();

    public static LocalTime T(int hour, int minute = 0) => new(hour, minute);
}
