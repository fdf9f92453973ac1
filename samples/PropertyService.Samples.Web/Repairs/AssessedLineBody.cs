using PropertyService.Fees;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>A line of an engineering assessment (RP-14): what the work is, labour and material in yuan, who pays, and
/// the request's unscheduled item it prices (none for extra work).</summary>
public sealed record AssessedLineBody(string? Description, decimal? Labour, decimal? Material, Payer? Payer, string? Item);
