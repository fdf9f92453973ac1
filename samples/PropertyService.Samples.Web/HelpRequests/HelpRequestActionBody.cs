using PropertyService.HelpRequests;
using PropertyService.Samples.Web.Repairs;

namespace PropertyService.Samples.Web.HelpRequests;

/// <summary>
/// The body of a help-request command; each command reads the fields it needs: record-contact <see cref="Unit"/> or
/// <see cref="CommonArea"/> and <see cref="Phone"/>; record-wishes <see cref="Wishes"/> (for a written inquiry, the
/// question); answer <see cref="Answer"/> and <see cref="Certain"/> (default true); escalate <see cref="Level"/>
/// (service-supervisor or service-manager), <see cref="Question"/> and optionally <see cref="To"/>; instruct and
/// refer-to-site-manager <see cref="Instruction"/>; decline <see cref="Reason"/>; record-emergency-action
/// <see cref="Option"/> and <see cref="Done"/>; report-emergency <see cref="Report"/>; reply-in-writing
/// <see cref="Reply"/>; transfer-ownership <see cref="NewOwner"/> and <see cref="Reason"/>; follow-up
/// <see cref="Satisfaction"/> and <see cref="Remarks"/>; close nothing.
/// </summary>
public sealed record HelpRequestActionBody(
    string? Unit = null,
    string? CommonArea = null,
    string? Phone = null,
    string? Wishes = null,
    string? Answer = null,
    bool? Certain = null,
    Role? Level = null,
    PersonBody? To = null,
    string? Question = null,
    string? Instruction = null,
    string? Reason = null,
    EmergencyOption? Option = null,
    string? Done = null,
    string? Report = null,
    string? Reply = null,
    PersonBody? NewOwner = null,
    Satisfaction? Satisfaction = null,
    string? Remarks = null);
