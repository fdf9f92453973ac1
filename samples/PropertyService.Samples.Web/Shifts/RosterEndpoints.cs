using NodaTime;
using NodaTime.Text;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.Security;
using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>
/// The duty roster (<c>GET /api/sites/{site}/roster?date=yyyy-MM-dd</c>: that date's shifts, today by default, and who
/// is on duty now) and the post's tools (<c>GET /api/sites/{site}/tools</c>), both from configuration (<see cref="ShiftsOptions"/>).
/// </summary>
public static class RosterEndpoints
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder MapRosterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}").WithTags("Roster");
        group.MapGet("/roster", GetRoster).WithName("GetRoster").Produces<RosterView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/tools", GetTools).WithName("GetTools").Produces<IReadOnlyList<ToolView>>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>A shift as the API shows it.</summary>
    /// <param name="shift">The shift.</param>
    /// <param name="zone">The site's time zone.</param>
    /// <returns>The view.</returns>
    public static ShiftView View(Shift shift, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(zone);
        return new(shift.Name, WireNames.Of(shift.Date), WireNames.Of(shift.Template.Role),
            LocalPattern.Format(shift.Start.InZone(zone).LocalDateTime), LocalPattern.Format(shift.End.InZone(zone).LocalDateTime),
            WireNames.Of(shift.Start), WireNames.Of(shift.End), [.. shift.People.Select(p => new PersonView(p.Id, p.DisplayName))], shift.Missing);
    }

    private static IResult GetRoster(string site, HttpContext context, ServedSites sites, SiteRosters rosters, IClock clock)
    {
        var (siteId, _, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var now = clock.GetCurrentInstant();
        var today = now.InZone(rosters.Zone).Date;
        var date = QueryFilters.Date(context.Request.Query, "date", errors) ?? today;
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var roster = rosters.For(siteId, date);
        var onDuty = rosters.For(siteId, today).WhoIsOnDuty(now);
        return Results.Ok(new RosterView(siteId.Value, WireNames.Of(date), rosters.Zone.Id,
            [.. roster.Shifts.Where(s => s.Date == date).Select(s => View(s, rosters.Zone))], onDuty is null ? null : View(onDuty, rosters.Zone)));
    }

    private static IResult GetTools(string site, HttpContext context, ServedSites sites, SiteRosters rosters)
    {
        var (siteId, _, actorProblem) = Caller.RequireStaff(context, sites, site);
        if (actorProblem is not null)
        {
            return actorProblem;
        }

        return Results.Ok(rosters.Tools(siteId).Tools.Select(t => new ToolView(t.Code, t.Name, t.ReplacementPrice.Amount)).ToList());
    }
}
