using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>
/// The served sites' duty rosters and tool inventories, from <see cref="ShiftsOptions"/>. A date's roster is built with
/// the library's <see cref="DutyRosterBuilder"/> from the rotations, starting at a whole number of rotation cycles after
/// <see cref="SiteRosterOptions.RotationStart"/>, so the same date always gets the same people. Thread-safe.
/// </summary>
public sealed class SiteRosters
{
    // The longest rotation cycle followed exactly; longer combinations restart every year.
    private const int MaxCycle = 366;
    private readonly Dictionary<SiteId, Plan> _plans = [];
    private readonly ConcurrentDictionary<(SiteId Site, LocalDate Date), DutyRoster> _built = new();

    /// <summary>Reads the options for every served site.</summary>
    /// <param name="options">The rosters and tools.</param>
    /// <param name="sites">The served sites and their time zone.</param>
    /// <exception cref="InvalidOperationException">The options are invalid; the message lists every problem.</exception>
    public SiteRosters(IOptions<ShiftsOptions> options, ServedSites sites)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sites);
        Zone = sites.Zone;
        var errors = new List<string>();
        foreach (var site in sites.All)
        {
            if (Compile(site, options.Value, errors) is { } plan)
            {
                _plans[site] = plan;
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }
    }

    /// <summary>The sites' time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Every problem with <paramref name="options"/> for the sites named in them, or none.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<string> Validate(ShiftsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var site in options.Roster.Keys.Concat(options.Tools.Keys).Distinct(StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(site))
            {
                errors.Add("Roster and Tools are keyed by a site; one key is blank.");
                continue;
            }

            Compile(new SiteId(site), options, errors);
        }

        return errors;
    }

    /// <summary>
    /// The site's roster covering <paramref name="date"/>, the day before it (whose night shift ends on that date) and
    /// the day after (whose first shift follows that date's last).
    /// </summary>
    /// <param name="site">A served site.</param>
    /// <param name="date">The date.</param>
    /// <returns>The roster.</returns>
    /// <exception cref="ArgumentException">The site is not served.</exception>
    public DutyRoster For(SiteId site, LocalDate date)
    {
        var plan = PlanOf(site);
        if (_built.Count > 256)
        {
            _built.Clear();
        }

        return _built.GetOrAdd((site, date), key => plan.Build(key.Site, key.Date, Zone));
    }

    /// <summary>The site's tools; nothing is recorded as lent.</summary>
    /// <param name="site">A served site.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="ArgumentException">The site is not served.</exception>
    public ToolInventory Tools(SiteId site) => new(site, PlanOf(site).Tools);

    /// <summary>A person of the site's roster by employee id, or null.</summary>
    /// <param name="site">A served site.</param>
    /// <param name="id">The employee id.</param>
    /// <returns>The person.</returns>
    public Actor? Person(SiteId site, string id) => PlanOf(site).People.GetValueOrDefault(id);

    private Plan PlanOf(SiteId site) =>
        _plans.TryGetValue(site, out var plan) ? plan : throw new ArgumentException($"Site {site} is not served.", nameof(site));

    private static Plan? Compile(SiteId site, ShiftsOptions options, List<string> errors)
    {
        var count = errors.Count;
        var roster = options.Roster.GetValueOrDefault(site.Value) ?? new SiteRosterOptions();
        var prefix = $"{ShiftsOptions.RosterSection}:{site.Value}";
        var start = LocalDatePattern.Iso.Parse(roster.RotationStart ?? string.Empty);
        if (!start.Success || start.Value.Year is < 1901 or > 2150)
        {
            errors.Add($"{prefix}:RotationStart '{roster.RotationStart}' is not a date such as 2026-01-05.");
        }

        var people = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var (person, i) in roster.People.Select((p, i) => (p, i)))
        {
            var roles = person.Roles.Select(r => Enum.TryParse<Role>(r, ignoreCase: true, out var role) && Enum.IsDefined(role) && !r.Any(char.IsDigit) ? role : (Role?)null).ToArray();
            if (string.IsNullOrWhiteSpace(person.Id) || string.IsNullOrWhiteSpace(person.Name) || roles.Length == 0 || roles.Any(r => r is null))
            {
                errors.Add($"{prefix}:People:{i} needs an Id, a Name and Roles that are names of roles such as Officer.");
            }
            else if (!people.TryAdd(person.Id.Trim(), new Actor(person.Id.Trim(), person.Name.Trim(), site, roles.OfType<Role>())))
            {
                errors.Add($"{prefix}:People names {person.Id} twice.");
            }
        }

        var templates = new List<ShiftTemplate>();
        foreach (var (template, i) in roster.Templates.Select((t, i) => (t, i)))
        {
            var from = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(template.Start ?? string.Empty);
            var to = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(template.End ?? string.Empty);
            if (string.IsNullOrWhiteSpace(template.Name) || !from.Success || !to.Success || template.Staff < 1
                || !Enum.TryParse<Role>(template.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                errors.Add($"{prefix}:Templates:{i} needs a Name, Start and End as HH:mm, a Role such as Officer and a Staff of at least 1.");
                continue;
            }

            templates.Add(new ShiftTemplate(template.Name.Trim(), from.Value, to.Value, role, template.Staff));
        }

        var rotations = new Dictionary<string, Actor[]>(StringComparer.Ordinal);
        foreach (var (shift, ids) in roster.Rotations)
        {
            var unknown = ids.Where(id => !people.ContainsKey(id ?? string.Empty)).ToList();
            if (unknown.Count > 0 || ids.Length == 0)
            {
                errors.Add($"{prefix}:Rotations:{shift} names nobody or people not in People ({string.Join(", ", unknown)}).");
                continue;
            }

            rotations[shift] = [.. ids.Select(id => people[id])];
        }

        var tools = new List<Tool>();
        var toolPrefix = $"{ShiftsOptions.ToolsSection}:{site.Value}";
        foreach (var (tool, i) in (options.Tools.GetValueOrDefault(site.Value) ?? [.. ShiftsOptions.DefaultTools]).Select((t, i) => (t, i)))
        {
            if (string.IsNullOrWhiteSpace(tool.Code) || string.IsNullOrWhiteSpace(tool.Name) || tool.ReplacementPrice < 0m)
            {
                errors.Add($"{toolPrefix}:{i} needs a Code, a Name and a ReplacementPrice that is not negative.");
                continue;
            }

            tools.Add(new Tool(tool.Code.Trim(), tool.Name.Trim(), Money.Yuan(tool.ReplacementPrice)));
        }

        if (tools.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count() != tools.Count)
        {
            errors.Add($"{toolPrefix} names a tool code twice.");
        }

        if (errors.Count > count)
        {
            return null;
        }

        var plan = new Plan(start.Value, templates, rotations, people, tools);
        try
        {
            plan.Build(site, start.Value, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            errors.Add($"{prefix}: {e.Message}");
            return null;
        }

        return plan;
    }

    private sealed record Plan(LocalDate Start, List<ShiftTemplate> Templates, Dictionary<string, Actor[]> Rotations, Dictionary<string, Actor> People, List<Tool> Tools)
    {
        // Every rotation is back at its first person after this many days (one person a day per shift).
        private int Cycle => Rotations.Values.Select(r => r.Length).Aggregate(1, (a, b) => Math.Min(MaxCycle, a / Gcd(a, b) * b));

        public DutyRoster Build(SiteId site, LocalDate date, DateTimeZone zone)
        {
            var first = date.PlusDays(-1);
            var offset = Period.DaysBetween(Start, first) % Cycle;
            first = first.PlusDays(-(offset < 0 ? offset + Cycle : offset));
            var builder = DutyRoster.CreateBuilder(site, first, date.PlusDays(1)).InTimeZone(zone);
            if (Templates.Count > 0)
            {
                builder.SetTemplates(Templates);
            }

            foreach (var (shift, people) in Rotations)
            {
                builder.SetRotation(shift, people);
            }

            return builder.Build();
        }

        private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
    }
}
