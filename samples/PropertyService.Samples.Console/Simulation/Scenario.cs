using NodaTime;
using PropertyService.Shifts;
using PropertyService.Sla;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>
/// A day at a service center as a script: the site, its people and residents, its roster and tools, optional files
/// (fee schedule, SLA policy changes, business calendar), and the timed steps. Read from JSON by
/// <see cref="ScenarioReader"/>, or made by <see cref="DemoDay"/>; run by <see cref="ScenarioRunner"/>.
/// </summary>
public sealed record Scenario
{
    /// <summary>The scenario's title.</summary>
    public required string Title { get; init; }

    /// <summary>The site.</summary>
    public required SiteId Site { get; init; }

    /// <summary>The site's time zone.</summary>
    public required DateTimeZone Zone { get; init; }

    /// <summary>The day: from the morning shift's start (08:30) to the same time the next day.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The staff, by key.</summary>
    public required IReadOnlyDictionary<string, Actor> People { get; init; }

    /// <summary>The residents, by key (each acts as a person with the resident role too).</summary>
    public required IReadOnlyDictionary<string, ScenarioResident> Residents { get; init; }

    /// <summary>Who works each shift (by the roster's shift names), for the day before, the day and the day after.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Roster { get; init; }

    /// <summary>The tools counted over at handovers.</summary>
    public required IReadOnlyList<Tool> Tools { get; init; }

    /// <summary>The fee schedule file, or null for the sample's own.</summary>
    public string? FeeScheduleFile { get; init; }

    /// <summary>An SLA policy file of changes to the default policy (<c>SlaPolicyJson</c>), or null.</summary>
    public string? PolicyFile { get; init; }

    /// <summary>The site's SLA policy, or null for the library's default.</summary>
    public SlaPolicy? Policy { get; init; }

    /// <summary>The site's business calendars, by the names SLA targets use, or null for none.</summary>
    public IReadOnlyDictionary<string, BusinessCalendar>? Calendars { get; init; }

    /// <summary>The steps, in time order.</summary>
    public required IReadOnlyList<ScenarioStep> Steps { get; init; }

    /// <summary>When the day starts.</summary>
    public Instant Start => Date.At(new LocalTime(8, 30)).InZoneLeniently(Zone).ToInstant();

    /// <summary>When the day ends: 08:30 the next morning.</summary>
    public Instant End => Date.PlusDays(1).At(new LocalTime(8, 30)).InZoneLeniently(Zone).ToInstant();

    /// <summary>The actor behind a key: a staff member or a resident.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The actor.</returns>
    public Actor ActorOf(string key) => People.TryGetValue(key, out var person) ? person : Residents[key].Actor;
}
