using NodaTime;
using NodaTime.TimeZones;

namespace PropertyService.Shifts;

/// <summary>
/// One shift on one date of a <see cref="DutyRoster"/>: its template, the instants it runs between in the roster's
/// time zone, and the people on duty (值班).
/// </summary>
/// <remarks>
/// <para>Daylight-saving changes: a local time the clocks skip means the instant the clocks jump (the end of the gap),
/// and a local time they repeat means its first occurrence. The mapping never goes backwards, so a shift never ends
/// before it starts (one that lies wholly in a gap is empty), and shifts that meet on the wall clock meet on the time
/// line too.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class Shift
{
    /// <summary>Maps a shift's local start and end to instants monotonically (see the remarks).</summary>
    internal static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly Actor[] _people;

    internal Shift(LocalDate date, ShiftTemplate template, Interval interval, Actor[] people)
    {
        Date = date;
        Template = template;
        Interval = interval;
        _people = people;
        People = Array.AsReadOnly(people);
    }

    /// <summary>The date the shift starts on.</summary>
    public LocalDate Date { get; }

    /// <summary>The shift's template: its name, hours, role and staffing.</summary>
    public ShiftTemplate Template { get; }

    /// <summary>The shift's name (the template's).</summary>
    public string Name => Template.Name;

    /// <summary>When the shift starts and ends, end exclusive.</summary>
    public Interval Interval { get; }

    /// <summary>When the shift starts.</summary>
    public Instant Start => Interval.Start;

    /// <summary>When the shift ends; the next shift starts then.</summary>
    public Instant End => Interval.End;

    /// <summary>The people on duty, in the order they were assigned.</summary>
    public IReadOnlyList<Actor> People { get; }

    /// <summary>How many more people of the template's role the shift needs; 0 when it is fully staffed.</summary>
    public int Missing => Math.Max(0, Template.Staff - _people.Length);

    /// <summary>Whether <paramref name="person"/> is on this shift.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Whether they are on duty on it.</returns>
    public bool IsOnDuty(Actor person) => Array.IndexOf(_people, person) >= 0;

    /// <summary>The shift as text, such as <c>2026-03-02 Night 17:30–08:30: 李师傅</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Date:yyyy-MM-dd} {Name} {Template.Start:HH:mm}–{Template.End:HH:mm}: {(_people.Length == 0 ? "nobody" : string.Join(", ", _people.Select(p => p.DisplayName)))}");
}
