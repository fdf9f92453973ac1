using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>
/// The body of a handover command; each command reads the fields it needs: hand-over-items <see cref="Items"/> (an
/// empty list when nothing is outstanding); resolve-night-entry <see cref="Entry"/>, <see cref="Outcome"/> and
/// <see cref="Record"/> (the record it became) or, when carried over, <see cref="Reason"/>; count-tools
/// <see cref="Counted"/> (the codes of the tools found); inspect-post <see cref="Accepted"/> and, when rejected,
/// <see cref="Reason"/>; arrive, report-absence, tidy-post and complete nothing.
/// </summary>
public sealed record HandoverActionBody(
    IReadOnlyList<HandoverItemBody>? Items = null,
    string? Entry = null,
    NightEntryOutcome? Outcome = null,
    string? Record = null,
    string? Reason = null,
    IReadOnlyList<string>? Counted = null,
    bool? Accepted = null);
