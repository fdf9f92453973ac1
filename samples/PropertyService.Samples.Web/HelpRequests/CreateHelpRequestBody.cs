using PropertyService.HelpRequests;

namespace PropertyService.Samples.Web.HelpRequests;

/// <summary>The body of <c>POST /api/sites/{site}/help-requests</c>: the request's identifier, what the resident asks
/// for, and for a medical emergency whether it is major (HR-08). The caller receives it and becomes its owner.</summary>
public sealed record CreateHelpRequestBody(string? Id, HelpKind? Kind, bool? Major);
