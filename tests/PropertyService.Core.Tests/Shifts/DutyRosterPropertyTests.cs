using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace PropertyService.Shifts;

/// <summary>
/// The roster against references written the slow, obvious way: the coverage check against a minute-by-minute scan,
/// the rotation against its fairness rule, <see cref="DutyRoster.WhoIsOnDuty"/> against a scan of every shift.
/// </summary>
public class DutyRosterPropertyTests
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue).ToArbitrary();

    private static string Key(CoverageFinding f) =>
        $"{f.Kind} {f.Interval.Start}..{f.Interval.End} [{string.Join(", ", f.Shifts.Select(Id))}] {f.Role} {f.Missing}";

    private static string Id(Shift s) => $"{s.Date:MM-dd} {s.Name}";

    /// <summary>A skipped local time is the end of its gap, a repeated one its first occurrence.</summary>
    private static Instant Map(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count switch
        {
            0 => mapping.LateInterval.Start,
            _ => mapping.First().ToInstant(),
        };
    }

    [Property(MaxTest = 150)]
    public Property Each_date_has_its_kinds_templates_at_the_instants_its_zone_gives_them_CS11_CS12() =>
        Prop.ForAll(Seeds, seed =>
        {
            var spec = new RosterSpec(seed);
            var roster = spec.Build();
            var expected = new List<string>();
            for (var date = spec.FirstDate; date <= spec.LastDate; date = date.PlusDays(1))
            {
                foreach (var template in spec.TemplatesOn(date))
                {
                    var end = (template.End <= template.Start ? date.PlusDays(1) : date) + template.End;
                    expected.Add($"{date} {template} {Map(spec.Zone, date + template.Start)} {Map(spec.Zone, end)}");
                }
            }

            var actual = roster.Shifts.Select(s => $"{s.Date} {s.Template} {s.Start} {s.End}");
            return expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal)).Label(spec.ToString());
        });

    [Property(MaxTest = 120)]
    public Property The_coverage_check_finds_exactly_the_gaps_and_overlaps_a_minute_by_minute_scan_finds_CS11() =>
        Prop.ForAll(Seeds, seed =>
        {
            var spec = new RosterSpec(seed);
            var roster = spec.Build();
            var shifts = roster.Shifts;

            // The period: from the first date's first shift to the last date's last shift or the next midnight.
            var firstStarts = shifts.Where(s => s.Date == spec.FirstDate).Select(s => s.Start).ToList();
            var periodStart = firstStarts.Count > 0 ? firstStarts.Min() : spec.Zone.AtStartOfDay(spec.FirstDate).ToInstant();
            var midnight = spec.Zone.AtStartOfDay(spec.LastDate.PlusDays(1)).ToInstant();
            var periodEnd = shifts.Where(s => s.Date == spec.LastDate).Select(s => s.End).Append(midnight).Max();

            var expected = new List<string>();
            foreach (var shift in shifts.Where(s => s.Missing > 0))
            {
                var start = Instant.Max(shift.Start, periodStart);
                var end = Instant.Min(shift.End, periodEnd);
                if (start < end)
                {
                    expected.Add($"Understaffed {start}..{end} [{Id(shift)}] {shift.Template.Role} {shift.Template.Staff - shift.People.Count}");
                }
            }

            // Runs of minutes with the same covering shifts.
            string? runKey = null;
            var runStart = periodStart;
            void Close(Instant at)
            {
                if (runKey is not null)
                {
                    expected.Add(runKey.Replace("{range}", $"{runStart}..{at}", StringComparison.Ordinal));
                }
            }

            for (var at = periodStart; at < periodEnd; at += Duration.FromMinutes(1))
            {
                var covering = shifts.Where(s => s.Start <= at && at < s.End).ToList();
                var key = covering.Count switch
                {
                    0 => "Uncovered {range} []  0",
                    1 => null,
                    _ => $"Overlap {{range}} [{string.Join(", ", covering.Select(Id))}]  0",
                };
                if (key != runKey)
                {
                    Close(at);
                    runKey = key;
                    runStart = at;
                }
            }

            Close(periodEnd);

            var report = roster.CheckCoverage();
            var actual = report.Findings.Select(Key).ToList();
            return (report.Period == new NodaTime.Interval(periodStart, periodEnd)
                    && expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal))
                    && report.IsCovered == (actual.Count == 0)
                    && report.Findings.SequenceEqual(report.Findings.OrderBy(f => f.Interval.Start).ThenBy(f => f.Kind)))
                .Label($"{spec}\nexpected:\n{string.Join("\n", expected.Order(StringComparer.Ordinal))}\nactual:\n{string.Join("\n", actual.Order(StringComparer.Ordinal))}");
        });

    [Property(MaxTest = 150)]
    public Property Without_days_off_turns_of_a_shift_differ_by_at_most_one_CS12() =>
        Prop.ForAll(Seeds, seed =>
        {
            var spec = new RosterSpec(seed, withDaysOff: false);
            var roster = spec.Build();
            return spec.Rotations.All(rotation =>
            {
                var shifts = roster.Shifts.Where(s => s.Name == rotation.Key).ToList();
                var turns = rotation.Value.Select(p => shifts.Count(s => s.IsOnDuty(p))).ToList();
                var staffed = shifts.All(s => s.People.Count == Math.Min(s.Template.Staff, rotation.Value.Length));
                return staffed && (turns.Count == 0 || turns.Max() - turns.Min() <= 1);
            }).Label(spec.ToString());
        });

    [Property(MaxTest = 150)]
    public Property Rotations_skip_days_off_and_always_pick_those_with_fewest_turns_CS12() =>
        Prop.ForAll(Seeds, seed =>
        {
            var spec = new RosterSpec(seed);
            var roster = spec.Build();
            foreach (var (name, people) in spec.Rotations)
            {
                var turns = people.ToDictionary(p => p, _ => 0);
                foreach (var shift in roster.Shifts.Where(s => s.Name == name).OrderBy(s => s.Date))
                {
                    var available = people.Where(p => !spec.DaysOff.Contains((p, shift.Date))).ToList();
                    if (shift.People.Count != Math.Min(shift.Template.Staff, available.Count)
                        || shift.People.Any(p => !available.Contains(p))
                        || available.Any(q => !shift.People.Contains(q) && shift.People.Any(p => turns[q] < turns[p])))
                    {
                        return false.Label($"{spec}\n{shift}");
                    }

                    foreach (var person in shift.People)
                    {
                        turns[person]++;
                    }
                }
            }

            return true.Label(spec.ToString());
        });

    [Property(MaxTest = 150)]
    public Property Who_is_on_duty_and_the_next_change_agree_with_a_scan_of_every_shift() =>
        Prop.ForAll(Seeds, Gen.Choose(0, 12 * 24 * 4).ToArbitrary(), Gen.Choose(-1, 1).ToArbitrary(), (seed, quarter, nudge) =>
        {
            var spec = new RosterSpec(seed);
            var roster = spec.Build();
            var at = spec.Zone.AtStartOfDay(spec.FirstDate.PlusDays(-1)).ToInstant() + Duration.FromMinutes(quarter * 15) + Duration.FromNanoseconds(nudge);
            var shifts = roster.Shifts;
            Shift? scan = null;
            for (var i = 0; i < shifts.Count; i++)
            {
                if (shifts[i].Start <= at && at < shifts[i].End)
                {
                    scan = shifts[i];
                }
            }

            var next = shifts.FirstOrDefault(s => s.Start > at && s.End > s.Start);
            return (ReferenceEquals(scan, roster.WhoIsOnDuty(at)) && ReferenceEquals(next, roster.NextShiftChange(at)))
                .Label($"{spec}\nat {at}: scan {scan}, index {roster.WhoIsOnDuty(at)}; next {next}, index {roster.NextShiftChange(at)}");
        });
}
