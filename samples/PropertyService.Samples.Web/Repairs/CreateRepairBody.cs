using PropertyService.Repairs;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>The body of <c>POST /api/sites/{site}/repairs</c>: one of <see cref="Unit"/> ("3-2-1201": building,
/// entrance, room; or "3-1201") and <see cref="CommonArea"/>; <see cref="Appointment"/> is an ISO instant
/// ("2026-11-27T06:00:00Z") or a local date and time at the site ("2026-11-27T14:00").</summary>
public sealed record CreateRepairBody(
    string? Id,
    RepairChannel? Channel,
    ResidentBody? Resident,
    string? Unit,
    string? CommonArea,
    RepairCategory? Category,
    string? Description,
    IReadOnlyList<string>? Items,
    string? Appointment);
