using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// One standard repair in a <see cref="FeeSchedule"/> (维修项目收费标准): its code, name, the repair
/// categories it applies to, unit, labour price (fixed or a range the assessor picks within), material
/// pricing, and the facts fee rules use (defect class for the warranty, utility installation, major work).
/// </summary>
/// <remarks>
/// Prices are per <see cref="Unit"/>; a quote multiplies them by the quantity and rounds each charge half
/// away from zero to 0.01. Invalid arguments throw <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> is the field at fault and whose message names the item.
/// Immutable; safe to share between threads.
/// </remarks>
public sealed class FeeScheduleItem
{
    /// <summary>The most characters an item code may have.</summary>
    public const int MaximumCodeLength = 32;

    private readonly RepairCategory[] _categories;
    private readonly int _categoryMask;

    /// <summary>Creates a schedule item.</summary>
    /// <param name="code">A unique code within the schedule, for example <c>"W-01"</c>; compared ordinally; white space around it
    /// is removed; at most <see cref="MaximumCodeLength"/> characters and no control characters.</param>
    /// <param name="name">The name people read, for example "Replace tap washer".</param>
    /// <param name="categories">The repair categories the item may be quoted for; at least one.</param>
    /// <param name="unit">What the prices are per.</param>
    /// <param name="labour">The labour price per unit; with <paramref name="maximumLabour"/>, the bottom of the range.</param>
    /// <param name="maximumLabour">For a price range (such as ¥30–¥50), the top of the range; null for a fixed price.</param>
    /// <param name="materialPricing">Fixed material price, or materials at cost entered on site.</param>
    /// <param name="material">The fixed material price per unit; must be zero for <see cref="MaterialPricing.AtCost"/>.</param>
    /// <param name="defectClass">The defect class the warranty rule keys its periods on (such as <c>"waterproofing"</c>), or null when no warranty applies.</param>
    /// <param name="isUtilityInstallation">Whether the work is on a utility company's own installation.</param>
    /// <param name="isMajorWork">Whether the work is major work (paid from the maintenance fund in common areas).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="name"/> or <paramref name="categories"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is invalid; <see cref="ArgumentException.ParamName"/> names it and the message names the item.</exception>
    public FeeScheduleItem(
        string code,
        string name,
        IEnumerable<RepairCategory> categories,
        FeeUnit unit,
        Money labour,
        Money? maximumLabour = null,
        MaterialPricing materialPricing = MaterialPricing.Fixed,
        Money material = default,
        string? defectClass = null,
        bool isUtilityInstallation = false,
        bool isMajorWork = false)
    {
        Code = Preconditions.CheckNotBlank(code).Trim();
        if (CodeProblem(Code) is { } codeProblem)
        {
            throw Invalid(nameof(code), codeProblem);
        }

        Name = string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(name))
            ? throw Invalid(nameof(name), "must not be empty")
            : name.Trim();
        Preconditions.CheckNotNull(categories);
        foreach (var category in categories)
        {
            if (!Enum.IsDefined(category))
            {
                throw Invalid(nameof(categories), $"holds the unknown repair category {(int)category}");
            }

            _categoryMask |= 1 << (int)category;
        }

        if (_categoryMask == 0)
        {
            throw Invalid(nameof(categories), "must name at least one repair category");
        }

        _categories = Enum.GetValues<RepairCategory>().Where(c => (_categoryMask & (1 << (int)c)) != 0).ToArray();
        Unit = Enum.IsDefined(unit) ? unit : throw Invalid(nameof(unit), $"has the unknown value {(int)unit}");
        Labour = labour;
        if (maximumLabour is { } max)
        {
            if (max.Currency != labour.Currency)
            {
                throw Invalid(nameof(maximumLabour), $"is in {max.Currency} but the labour price is in {labour.Currency}");
            }

            if (max < labour)
            {
                throw Invalid(nameof(maximumLabour), $"({max}) must not be below the labour price ({labour})");
            }
        }

        MaximumLabour = maximumLabour;
        MaterialPricing = Enum.IsDefined(materialPricing) ? materialPricing : throw Invalid(nameof(materialPricing), $"has the unknown value {(int)materialPricing}");
        if (material.Currency != labour.Currency && !(material.IsZero && material.Currency == Money.DefaultCurrency))
        {
            throw Invalid(nameof(material), $"is in {material.Currency} but the labour price is in {labour.Currency}");
        }

        if (materialPricing == MaterialPricing.AtCost && !material.IsZero)
        {
            throw Invalid(nameof(material), "must be zero when materials are charged at cost");
        }

        Material = material.IsZero ? Money.Zero(labour.Currency) : material;
        DefectClass = string.IsNullOrWhiteSpace(defectClass) ? null : defectClass.Trim();
        IsUtilityInstallation = isUtilityInstallation;
        IsMajorWork = isMajorWork;
        LabourIsWholeCents = FeeMath.IsWholeCents(labour.Amount);
        MaterialIsWholeCents = FeeMath.IsWholeCents(Material.Amount);
    }

    /// <summary>The item's code, unique within its schedule.</summary>
    public string Code { get; }

    /// <summary>The name people read.</summary>
    public string Name { get; }

    /// <summary>The repair categories the item may be quoted for, in <see cref="RepairCategory"/> order.</summary>
    public IReadOnlyList<RepairCategory> Categories => field ??= Array.AsReadOnly(_categories);

    /// <summary>What the prices are per.</summary>
    public FeeUnit Unit { get; }

    /// <summary>The labour price per unit; for a price range, the bottom of the range.</summary>
    public Money Labour { get; }

    /// <summary>For a price range, the top of the range; null for a fixed labour price.</summary>
    public Money? MaximumLabour { get; }

    /// <summary>Whether the labour price is a range the assessor picks within.</summary>
    public bool HasPriceRange => MaximumLabour is not null;

    /// <summary>How materials are charged.</summary>
    public MaterialPricing MaterialPricing { get; }

    /// <summary>The fixed material price per unit; zero for materials at cost.</summary>
    public Money Material { get; }

    /// <summary>The defect class the warranty rule keys its periods on, or null when no warranty applies.</summary>
    public string? DefectClass { get; }

    /// <summary>Whether the work is on a utility company's own installation.</summary>
    public bool IsUtilityInstallation { get; }

    /// <summary>Whether the work is major work (paid from the maintenance fund in common areas).</summary>
    public bool IsMajorWork { get; }

    /// <summary>The currency of the item's prices.</summary>
    public string Currency => Labour.Currency;

    internal bool LabourIsWholeCents { get; }

    internal bool MaterialIsWholeCents { get; }

    /// <summary>Whether the item may be quoted for <paramref name="category"/>.</summary>
    /// <param name="category">The repair category.</param>
    public bool AppliesTo(RepairCategory category) => (uint)category < 32 && (_categoryMask & (1 << (int)category)) != 0;

    /// <summary>Formats the item for people: <c>W-01 Replace tap washer: ¥20.00 per item + ¥5.00 material</c>.</summary>
    public override string ToString() =>
        $"{Code} {Name}: {Labour}{(MaximumLabour is { } max ? "–" + max : string.Empty)} {Unit}" +
        (MaterialPricing == MaterialPricing.AtCost ? " + materials at cost" : Material.IsZero ? string.Empty : $" + {Material} material");

    /// <summary>The problem with a trimmed, non-blank item code, or null when it is a valid code.</summary>
    internal static string? CodeProblem(string code)
    {
        if (code.Length > MaximumCodeLength)
        {
            return $"must be at most {MaximumCodeLength} characters, but has {code.Length}";
        }

        foreach (var c in code)
        {
            if (char.IsControl(c))
            {
                return "must not hold control characters";
            }
        }

        return null;
    }

    /// <summary>An item code as shown in messages: control characters are written as <c>\uXXXX</c>.</summary>
    internal static string Shown(string? code)
    {
        if (code is null || !code.Any(char.IsControl))
        {
            return code ?? string.Empty;
        }

        var shown = new System.Text.StringBuilder(code.Length + 10);
        foreach (var c in code)
        {
            _ = char.IsControl(c) ? shown.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)) : shown.Append(c);
        }

        return shown.ToString();
    }

    private ArgumentException Invalid(string field, string problem) =>
        new($"Fee schedule item {Shown(Code)}: {field} {problem}.", field);
}
