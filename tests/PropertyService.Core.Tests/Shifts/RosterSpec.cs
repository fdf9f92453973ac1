using NodaTime;
using PropertyService.Sla;

namespace PropertyService.Shifts;

/// <summary>
/// A random roster made from a seed: a zone with or without daylight saving (Lord Howe's is 30 minutes), dates around
/// a change, templates per kind of day on a quarter-hour grid that may leave gaps and may not meet the next day's,
/// holidays and make-up days, rotations for some shifts, days off. Printed on failure.
/// </summary>
public sealed class RosterSpec
{
    private static readonly string[] Zones = ["Asia/Shanghai", "Europe/London", "America/New_York", "UTC", "Australia/Lord_Howe"];
    private static readonly LocalDate[] Around = [new(2026, 3, 26), new(2026, 4, 3), new(2026, 10, 23), new(2026, 10, 30), new(2026, 3, 5)];
    private static readonly BusinessDayKind[] Kinds = [BusinessDayKind.Workday, BusinessDayKind.RestDay, BusinessDayKind.Holiday, BusinessDayKind.MakeUpWorkday];

    public static readonly Actor[] Staff =
    [
        new("O1", "Officer 1", RosterFixture.Site, Role.Officer),
        new("O2", "Officer 2", RosterFixture.Site, Role.Officer),
        new("O3", "Officer 3", RosterFixture.Site, Role.Officer),
        new("T1", "Technician 1", RosterFixture.Site, Role.Technician),
        new("T2", "Technician 2", RosterFixture.Site, Role.Technician),
        new("B1", "Both 1", RosterFixture.Site, Role.Officer, Role.Technician),
    ];

    public RosterSpec(int seed, bool withDaysOff = true)
    {
        var random = new Random(seed);
        Seed = seed;
        Zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
        FirstDate = Around[random.Next(Around.Length)].PlusDays(random.Next(-3, 4));
        LastDate = FirstDate.PlusDays(random.Next(0, 9));
        foreach (var kind in Kinds)
        {
            if (kind == BusinessDayKind.Workday || random.Next(3) == 0)
            {
                Templates[kind] = RandomTemplates(random, kind);
            }
        }

        for (int i = 0, n = random.Next(4); i < n; i++)
        {
            Holidays.Add(FirstDate.PlusDays(random.Next(10)));
        }

        for (int i = 0, n = random.Next(3); i < n; i++)
        {
            var date = FirstDate.PlusDays(random.Next(10));
            if (!Holidays.Contains(date))
            {
                MakeUpDays.Add(date);
            }
        }

        foreach (var name in Templates.Values.SelectMany(t => t).Select(t => t.Name).Distinct())
        {
            if (random.Next(5) > 0)
            {
                var role = Templates.Values.SelectMany(t => t).First(t => t.Name == name).Role;
                var people = Staff.Where(p => p.HasRole(role)).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray();
                Rotations[name] = people;
            }
        }

        if (withDaysOff)
        {
            for (int i = 0, n = random.Next(6); i < n; i++)
            {
                DaysOff.Add((Staff[random.Next(Staff.Length)], FirstDate.PlusDays(random.Next(10))));
            }
        }
    }

    public int Seed { get; }

    public DateTimeZone Zone { get; }

    public LocalDate FirstDate { get; }

    public LocalDate LastDate { get; }

    public Dictionary<BusinessDayKind, ShiftTemplate[]> Templates { get; } = [];

    public HashSet<LocalDate> Holidays { get; } = [];

    public HashSet<LocalDate> MakeUpDays { get; } = [];

    public Dictionary<string, Actor[]> Rotations { get; } = [];

    public HashSet<(Actor Person, LocalDate Date)> DaysOff { get; } = [];

    public BusinessCalendar Calendar()
    {
        var builder = BusinessCalendar.CreateBuilder()
            .InTimeZone(Zone)
            .AddWindows(
                [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
                new WorkingWindow(new LocalTime(9, 0), new LocalTime(17, 0)));
        foreach (var date in Holidays)
        {
            builder.AddHoliday(date);
        }

        foreach (var date in MakeUpDays)
        {
            builder.AddMakeUpWorkingDay(date, IsoDayOfWeek.Monday);
        }

        return builder.Build();
    }

    public DutyRoster Build()
    {
        var builder = DutyRoster.CreateBuilder(RosterFixture.Site, FirstDate, LastDate).WithCalendar(Calendar());
        foreach (var (kind, templates) in Templates)
        {
            builder.SetTemplates(kind, templates);
        }

        foreach (var (name, people) in Rotations)
        {
            builder.SetRotation(name, people);
        }

        foreach (var (person, date) in DaysOff)
        {
            builder.AddDayOff(person, date);
        }

        return builder.Build();
    }

    /// <summary>The templates of a date by the rule the builder documents: a kind's own, else rest day's for a holiday, else workday's.</summary>
    public ShiftTemplate[] TemplatesOn(LocalDate date)
    {
        var kind = Holidays.Contains(date) ? BusinessDayKind.Holiday
            : MakeUpDays.Contains(date) ? BusinessDayKind.MakeUpWorkday
            : date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? BusinessDayKind.RestDay
            : BusinessDayKind.Workday;
        return Templates.GetValueOrDefault(kind)
            ?? (kind == BusinessDayKind.Holiday ? Templates.GetValueOrDefault(BusinessDayKind.RestDay) : null)
            ?? Templates[BusinessDayKind.Workday];
    }

    public override string ToString() =>
        $"seed {Seed}: {Zone.Id} {FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd}; "
        + string.Join("; ", Templates.Select(t => $"{t.Key}: {string.Join(", ", t.Value.Select(x => x.ToString()))}"))
        + $"; holidays {string.Join(",", Holidays.Select(d => d.ToString("MM-dd", null)))}; make-up {string.Join(",", MakeUpDays.Select(d => d.ToString("MM-dd", null)))}"
        + $"; rotations {string.Join(", ", Rotations.Select(r => $"{r.Key}=[{string.Join(" ", r.Value.Select(p => p.Id))}]"))}"
        + $"; off {string.Join(", ", DaysOff.Select(d => $"{d.Person.Id}@{d.Date:MM-dd}"))}";

    // Cut the day at quarter hours into consecutive shifts, then maybe drop one or pull an end in to leave a gap.
    private static ShiftTemplate[] RandomTemplates(Random random, BusinessDayKind kind)
    {
        var cuts = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(96) * 15).Distinct().Order().ToArray();
        var templates = new List<ShiftTemplate>();
        for (var i = 0; i < cuts.Length; i++)
        {
            var start = cuts[i];
            var end = i + 1 < cuts.Length ? cuts[i + 1] : cuts[0] + (24 * 60);
            if (random.Next(8) == 0)
            {
                end -= 15 * random.Next(0, (end - start) / 15);
            }

            templates.Add(new ShiftTemplate(
                $"{kind}{i}",
                LocalTime.Midnight.PlusMinutes(start),
                LocalTime.Midnight.PlusMinutes(end % (24 * 60)),
                random.Next(2) == 0 ? Role.Officer : Role.Technician,
                random.Next(1, 3)));
        }

        if (templates.Count > 1 && random.Next(6) == 0)
        {
            templates.RemoveAt(random.Next(templates.Count));
        }

        return [.. templates];
    }
}
