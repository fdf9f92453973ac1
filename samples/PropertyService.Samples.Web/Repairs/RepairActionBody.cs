namespace PropertyService.Samples.Web.Repairs;

/// <summary>The body of a command; each command reads the fields it needs (assign: <see cref="Technician"/>;
/// complete: <see cref="Notes"/>; sign-off: <see cref="Resident"/>, the ticket's resident when omitted; follow-up:
/// <see cref="Satisfaction"/> and <see cref="Remarks"/>).</summary>
public sealed record RepairActionBody(PersonBody? Technician, string? Notes, ResidentBody? Resident, Satisfaction? Satisfaction, string? Remarks);
