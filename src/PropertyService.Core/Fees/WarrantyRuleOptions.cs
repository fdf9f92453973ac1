namespace PropertyService.Fees;

/// <summary>
/// Settings of the <see cref="WarrantyRule"/>: the warranty term of each defect class, and the date the
/// terms count from. Every period is data, never a constant in the rule.
/// </summary>
/// <remarks>
/// Defaults follow the statutory minimums (建设工程质量管理条例 第四十条): <c>waterproofing</c>
/// (roofs, wet rooms, external walls: leaks) 5 years; <c>electrical</c> (electrical lines),
/// <c>plumbing</c> (water and drain pipes) and <c>fit-out</c> (装修) 2 years; <c>heating</c> 2 heating
/// seasons. Defect classes are matched ignoring case. Not thread-safe while being changed; give the rule
/// a finished options object.
/// </remarks>
public sealed class WarrantyRuleOptions
{
    /// <summary>The warranty term of each defect class a schedule item may declare.</summary>
    public IDictionary<string, WarrantyTerm> Terms { get; } = new Dictionary<string, WarrantyTerm>(StringComparer.OrdinalIgnoreCase)
    {
        ["waterproofing"] = WarrantyTerm.Years(5),
        ["electrical"] = WarrantyTerm.Years(2),
        ["plumbing"] = WarrantyTerm.Years(2),
        ["fit-out"] = WarrantyTerm.Years(2),
        ["heating"] = WarrantyTerm.HeatingSeasons(2),
    };

    /// <summary>The date warranty terms count from; <see cref="WarrantyStart.HandedOver"/> by default.</summary>
    public WarrantyStart Start { get; set; } = WarrantyStart.HandedOver;
}
