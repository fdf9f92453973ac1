using NodaTime;
using NodaTime.Text;
using PropertyService.Repairs;
using PropertyService.Samples.Web.Http;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>Turns a reported repair as sent (JSON or the report form) into the library's <see cref="RepairRequest"/>.</summary>
public static class RepairRequestReader
{
    /// <summary>Reads the request; adds an error naming the field for each missing or invalid one.</summary>
    /// <param name="body">The body as sent.</param>
    /// <param name="zone">The site's time zone, for a local appointment time.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The request, or null when there were errors.</returns>
    public static RepairRequest? Read(CreateRepairBody body, DateTimeZone zone, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        void Missing(string field) => errors[field] = [$"'{field}' is required."];
        if (string.IsNullOrWhiteSpace(body.Id))
        {
            Missing("id");
        }
        else if (!RecordId.IsValid(body.Id, "id", out var idError))
        {
            errors["id"] = [idError!];
        }

        if (body.Channel is null)
        {
            Missing("channel");
        }

        if (body.Category is null)
        {
            Missing("category");
        }

        if (string.IsNullOrWhiteSpace(body.Description))
        {
            Missing("description");
        }

        var resident = RepairCommands.ToResident(body.Resident, "resident", errors);
        var location = Locations.Read(body.Unit, body.CommonArea, errors);

        Instant? appointment = null;
        if (!string.IsNullOrWhiteSpace(body.Appointment))
        {
            var instant = InstantPattern.ExtendedIso.Parse(body.Appointment);
            var local = LocalDateTimePattern.ExtendedIso.Parse(body.Appointment);
            if (instant.Success)
            {
                appointment = instant.Value;
            }
            else if (local.Success)
            {
                appointment = local.Value.InZoneLeniently(zone).ToInstant();
            }
            else
            {
                errors["appointment"] = [$"'{body.Appointment}' is neither an ISO instant (\"2026-11-27T06:00:00Z\") nor a local time at the site (\"2026-11-27T14:00\")."];
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new RepairRequest(body.Channel!.Value, resident, resident!.Phone, location, body.Category!.Value, body.Description!)
        {
            FeeItemCodes = body.Items ?? [],
            Appointment = appointment,
        };
    }
}
