using NodaTime;
using PropertyService.Sla;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// Builds a site's <see cref="DutyRoster"/> for a range of dates: the shift templates of each kind of day, the
/// rotation of each rotating shift, days off and explicit assignments (CS-11, CS-12).
/// </summary>
/// <remarks>
/// <para>Every method checks its own arguments before changing anything, so a refused call leaves the builder as it
/// was. What can only be judged as a whole (an assignment to a shift the day does not have, a person without the
/// shift's role) is checked by <see cref="Build"/>, which lists every problem at once.</para>
/// <para>Templates: <see cref="DutyRosterDefaults.Templates"/> for every day unless set. A holiday without templates of
/// its own uses those of rest days, a make-up working day those of workdays, and rest days those of workdays. Without a
/// calendar every date is a workday.</para>
/// <para>Not thread-safe; the roster it builds is immutable.</para>
/// </remarks>
public sealed class DutyRosterBuilder
{
    private const int FirstYear = 1900;
    private const int LastYear = 2199;

    /// <summary>The most dates one roster plans: ten years. Longer plans are made roster by roster.</summary>
    internal const int MaxDates = 3_660;

    private readonly ShiftTemplate[]?[] _templates = new ShiftTemplate[]?[4];
    private readonly Dictionary<string, Actor[]> _rotations = new(StringComparer.Ordinal);
    private readonly HashSet<(Actor Person, LocalDate Date)> _daysOff = [];
    private readonly Dictionary<(LocalDate Date, string Shift), Actor[]> _assignments = [];
    private DateTimeZone _timeZone = DateTimeZoneProviders.Tzdb[DutyRosterDefaults.TimeZoneId];
    private BusinessCalendar? _calendar;

    internal DutyRosterBuilder(SiteId site, LocalDate firstDate, LocalDate lastDate)
    {
        if (site.IsEmpty)
        {
            throw new ArgumentException("A duty roster belongs to a site.", nameof(site));
        }

        CheckYear(firstDate, nameof(firstDate));
        CheckYear(lastDate, nameof(lastDate));
        if (lastDate < firstDate)
        {
            throw new ArgumentException($"lastDate {lastDate:yyyy-MM-dd} is before firstDate {firstDate:yyyy-MM-dd}.", nameof(lastDate));
        }

        if (lastDate.ToDateOnly().DayNumber - firstDate.ToDateOnly().DayNumber >= MaxDates)
        {
            throw new ArgumentOutOfRangeException(nameof(lastDate), lastDate, $"A roster plans at most {MaxDates} dates (ten years); {firstDate:yyyy-MM-dd} to {lastDate:yyyy-MM-dd} is longer: make one roster per period.");
        }

        Site = site;
        FirstDate = firstDate;
        LastDate = lastDate;
        _templates[(int)BusinessDayKind.Workday] = [.. DutyRosterDefaults.Templates];
    }

    /// <summary>The site whose roster this is.</summary>
    public SiteId Site { get; }

    /// <summary>The first date whose shifts the roster plans.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>The last date whose shifts the roster plans (its night shift ends on the next date).</summary>
    public LocalDate LastDate { get; }

    /// <summary>The time zone the templates' hours are wall-clock times in. Default <c>Asia/Shanghai</c>, or the calendar's.</summary>
    public DateTimeZone TimeZone => _timeZone;

    /// <summary>Sets the time zone the templates' hours are wall-clock times in.</summary>
    /// <param name="timeZone">The zone.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A calendar was set: the roster uses the calendar's zone.</exception>
    public DutyRosterBuilder InTimeZone(DateTimeZone timeZone)
    {
        Preconditions.CheckNotNull(timeZone);
        if (_calendar is not null)
        {
            throw new InvalidOperationException($"The roster uses its calendar's time zone {_calendar.TimeZone.Id}; set the zone on the calendar.");
        }

        _timeZone = timeZone;
        return this;
    }

    /// <summary>
    /// Uses <paramref name="calendar"/> to tell workdays, rest days, holidays and make-up working days apart
    /// (<see cref="BusinessCalendar.DayKind"/>), and its time zone for the templates' hours.
    /// </summary>
    /// <param name="calendar">The site's business calendar.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DutyRosterBuilder WithCalendar(BusinessCalendar calendar)
    {
        _calendar = Preconditions.CheckNotNull(calendar);
        _timeZone = calendar.TimeZone;
        return this;
    }

    /// <summary>Sets the shift templates of every kind of day.</summary>
    /// <param name="templates">The day's shifts: at least one, names unique, hours not overlapping from one day to the next.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, two share a name, or two overlap.</exception>
    public DutyRosterBuilder SetTemplates(params IEnumerable<ShiftTemplate> templates)
    {
        var checkedTemplates = CheckTemplates(templates);
        Array.Clear(_templates);
        _templates[(int)BusinessDayKind.Workday] = checkedTemplates;
        return this;
    }

    /// <summary>Sets the shift templates of one kind of day, such as holidays.</summary>
    /// <param name="kind">The kind of day.</param>
    /// <param name="templates">The day's shifts: at least one, names unique, hours not overlapping from one day to the next.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The list is empty, two share a name, or two overlap.</exception>
    public DutyRosterBuilder SetTemplates(BusinessDayKind kind, params IEnumerable<ShiftTemplate> templates)
    {
        Preconditions.CheckDefined(kind);
        _templates[(int)kind] = CheckTemplates(templates);
        return this;
    }

    /// <summary>The templates the roster will use on a day of <paramref name="kind"/>, after falling back as described above.</summary>
    /// <param name="kind">The kind of day.</param>
    /// <returns>The templates, in start order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public IReadOnlyList<ShiftTemplate> TemplatesOf(BusinessDayKind kind) => Array.AsReadOnly(Resolve(Preconditions.CheckDefined(kind)));

    /// <summary>
    /// Sets who takes a shift in turn (CS-12's rotation): each date the shift gets as many of them as it needs,
    /// those with the fewest turns of this shift so far first, then whoever waited longest, skipping days off.
    /// </summary>
    /// <param name="shiftName">The shift's template name.</param>
    /// <param name="people">The people in rotation order: at least one, all of this site, none twice.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the people is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="shiftName"/> is blank, or the list is empty, names a person
    /// twice or a person of another site.</exception>
    public DutyRosterBuilder SetRotation(string shiftName, params IEnumerable<Actor> people)
    {
        Preconditions.CheckNotBlank(shiftName);
        var list = CheckPeople(people, nameof(people));
        if (list.Length == 0)
        {
            throw new ArgumentException($"The rotation of {shiftName} is empty: name at least one person.", nameof(people));
        }

        _rotations[shiftName] = list;
        return this;
    }

    /// <summary>Marks a day off: the rotations skip <paramref name="person"/> for shifts starting on <paramref name="date"/>.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="person"/> is of another site.</exception>
    public DutyRosterBuilder AddDayOff(Actor person, LocalDate date)
    {
        CheckSite(Preconditions.CheckNotNull(person), nameof(person));
        _daysOff.Add((person, date));
        return this;
    }

    /// <summary>Puts exactly <paramref name="people"/> on one date's shift, instead of its rotation.</summary>
    /// <param name="date">The date the shift starts on, within the roster's dates.</param>
    /// <param name="shiftName">The shift's template name on that date.</param>
    /// <param name="people">The people on duty; none leaves the shift empty (the coverage check reports it).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the people is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the roster's dates.</exception>
    /// <exception cref="ArgumentException"><paramref name="shiftName"/> is blank, or a person is named twice or is of another site.</exception>
    public DutyRosterBuilder Assign(LocalDate date, string shiftName, params IEnumerable<Actor> people)
    {
        if (date < FirstDate || date > LastDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"date {date:yyyy-MM-dd} is outside the roster's dates {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}.");
        }

        Preconditions.CheckNotBlank(shiftName);
        _assignments[(date, shiftName)] = CheckPeople(people, nameof(people));
        return this;
    }

    /// <summary>Builds the roster: every date's shifts from its templates, with the people assigned or rotated onto them.</summary>
    /// <returns>The roster. It may still have gaps; <see cref="DutyRoster.CheckCoverage"/> reports them.</returns>
    /// <exception cref="InvalidOperationException">Something can only be judged as a whole: a rotation or assignment for
    /// a shift the roster (or that date) does not have, or a person without the shift's role. The message lists every problem.</exception>
    /// <exception cref="HolidayDataMissingException">The calendar's policy is to fail and a date's year has no holiday data.</exception>
    public DutyRoster Build()
    {
        var kinds = new BusinessDayKind[LastDate.ToDateOnly().DayNumber - FirstDate.ToDateOnly().DayNumber + 1];
        var yearsWithoutData = new SortedSet<int>();
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = KindOf(FirstDate.PlusDays(i), yearsWithoutData);
        }

        var errors = new List<string>();
        CheckRotations(errors);
        CheckAssignments(kinds, errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The duty roster of {Site} cannot be built: {string.Join(" ", errors)}");
        }

        var plan = new RotationPlan(_rotations, _daysOff);
        var shifts = new List<Shift>(kinds.Length * 4);
        for (var i = 0; i < kinds.Length; i++)
        {
            var date = FirstDate.PlusDays(i);
            foreach (var template in Resolve(kinds[i]))
            {
                var people = _assignments.TryGetValue((date, template.Name), out var assigned)
                    ? plan.Count(template.Name, assigned)
                    : plan.Pick(date, template);
                var (start, end) = template.On(date);
                var interval = new Interval(_timeZone.ResolveLocal(start, Shift.Resolver).ToInstant(), _timeZone.ResolveLocal(end, Shift.Resolver).ToInstant());
                shifts.Add(new Shift(date, template, interval, people));
            }
        }

        return new DutyRoster(Site, _timeZone, FirstDate, LastDate, shifts, [.. yearsWithoutData]);
    }

    private BusinessDayKind KindOf(LocalDate date, SortedSet<int> yearsWithoutData)
    {
        if (_calendar is null)
        {
            return BusinessDayKind.Workday;
        }

        var result = _calendar.DayKind(date);
        if (result.HasWarning)
        {
            yearsWithoutData.Add(date.Year);
        }

        return result.Value;
    }

    // A holiday falls back to rest days, a make-up day and a rest day to workdays; workdays always have templates.
    private ShiftTemplate[] Resolve(BusinessDayKind kind) =>
        _templates[(int)kind] ?? kind switch
        {
            BusinessDayKind.Holiday => Resolve(BusinessDayKind.RestDay),
            _ => _templates[(int)BusinessDayKind.Workday]!,
        };

    // Against every kind's templates, not only the kinds the dates have: a site's holiday rotation is not wrong in a
    // month without holidays.
    private void CheckRotations(List<string> errors)
    {
        foreach (var (shiftName, people) in _rotations)
        {
            var templates = Enum.GetValues<BusinessDayKind>().SelectMany(Resolve).Where(t => t.Name == shiftName).Distinct().ToArray();
            if (templates.Length == 0)
            {
                errors.Add($"The rotation names the shift \"{shiftName}\", which no template has.");
                continue;
            }

            foreach (var person in people)
            {
                foreach (var template in templates.Where(t => !person.HasRole(t.Role)))
                {
                    errors.Add($"{person.DisplayName} ({person.Id}) is in the rotation of {shiftName} but does not hold the role {template.Role} (CS-12).");
                }
            }
        }
    }

    private void CheckAssignments(BusinessDayKind[] kinds, List<string> errors)
    {
        foreach (var ((date, shiftName), people) in _assignments.OrderBy(a => a.Key.Date).ThenBy(a => a.Key.Shift, StringComparer.Ordinal))
        {
            var template = Array.Find(Resolve(kinds[date.ToDateOnly().DayNumber - FirstDate.ToDateOnly().DayNumber]), t => t.Name == shiftName);
            if (template is null)
            {
                errors.Add($"{date:yyyy-MM-dd} has no shift \"{shiftName}\" to assign.");
                continue;
            }

            foreach (var person in people)
            {
                if (!person.HasRole(template.Role))
                {
                    errors.Add($"{person.DisplayName} ({person.Id}) is assigned to {shiftName} on {date:yyyy-MM-dd} but does not hold the role {template.Role} (CS-12).");
                }

                if (_daysOff.Contains((person, date)))
                {
                    errors.Add($"{person.DisplayName} ({person.Id}) is assigned to {shiftName} on {date:yyyy-MM-dd}, a day off.");
                }
            }
        }
    }

    private static ShiftTemplate[] CheckTemplates(IEnumerable<ShiftTemplate> templates)
    {
        Preconditions.CheckNotNull(templates);
        var list = templates.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A day needs at least one shift (CS-11: the service center is on duty 24 hours a day).", nameof(templates));
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(templates), $"templates[{i}] is null.");
            }

            for (var j = 0; j < i; j++)
            {
                if (list[j].Name == list[i].Name)
                {
                    throw new ArgumentException($"templates[{i}] and templates[{j}] are both named \"{list[i].Name}\"; each shift of a day needs its own name.", nameof(templates));
                }

                if (Overlap(list[i].Window, list[j].Window))
                {
                    throw new ArgumentException($"templates[{i}] ({list[i]}) overlaps templates[{j}] ({list[j]}); a day's shifts follow one another.", nameof(templates));
                }
            }
        }

        return [.. list.OrderBy(t => t.Start)];
    }

    // Windows repeat every day, so they overlap when they share time on the same day or across midnight.
    private static bool Overlap(WorkingWindow a, WorkingWindow b)
    {
        long aStart = a.Start.NanosecondOfDay, aEnd = aStart + a.Length.ToInt64Nanoseconds();
        long bStart = b.Start.NanosecondOfDay, bEnd = bStart + b.Length.ToInt64Nanoseconds();
        const long day = NodaConstants.NanosecondsPerDay;
        return (aStart < bEnd && bStart < aEnd) || (aStart < bEnd - day && bStart - day < aEnd) || (aStart - day < bEnd && bStart < aEnd - day);
    }

    private Actor[] CheckPeople(IEnumerable<Actor> people, string paramName)
    {
        Preconditions.CheckNotNull(people, paramName);
        var list = people.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(paramName, $"{paramName}[{i}] is null.");
            }

            CheckSite(list[i], paramName);
            var first = Array.IndexOf(list, list[i]);
            if (first < i)
            {
                throw new ArgumentException($"{paramName}[{i}] and {paramName}[{first}] are both {list[i].DisplayName} ({list[i].Id}).", paramName);
            }
        }

        return list;
    }

    private void CheckSite(Actor person, string paramName)
    {
        if (person.Site != Site)
        {
            throw new ArgumentException($"{person.DisplayName} ({person.Id}) belongs to site {person.Site}, not to {Site}.", paramName);
        }
    }

    private static void CheckYear(LocalDate date, string paramName)
    {
        if (date.Year < FirstYear || date.Year > LastYear)
        {
            throw new ArgumentOutOfRangeException(paramName, date, $"{paramName} {date:yyyy-MM-dd} is outside the supported years {FirstYear}–{LastYear}.");
        }
    }
}
