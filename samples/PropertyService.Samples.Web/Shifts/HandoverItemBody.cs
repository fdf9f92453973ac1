using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>An outstanding item handed over (CS-17): what it is, the record it refers to, what it is about, the written
/// note repairs, complaints and major matters need, and whether it is major.</summary>
public sealed record HandoverItemBody(HandoverItemKind? Kind, string? Reference, string? Description, string? Note = null, bool? Major = null);
