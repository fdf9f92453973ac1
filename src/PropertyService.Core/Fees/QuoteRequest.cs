using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// What to price: a repair's site, category, location kind and fee-schedule items, with the facts the
/// fee rules need (who supplies materials, when the work happens, the unit's warranty facts).
/// </summary>
/// <remarks>
/// <para>The schedule used is the one in force on <see cref="ReportedOn"/>, the date the repair was
/// reported, even when the work happens later.</para>
/// <para>Set the optional facts with an object initializer, or copy a request with one fact changed with the
/// <c>With*</c> methods (for example <see cref="WithWarranty"/>); a copy is checked as a new request is.</para>
/// <para>Immutable once built; safe to share between threads.</para>
/// </remarks>
public sealed class QuoteRequest
{
    private readonly QuoteRequestItem[] _items;
    private readonly LocationKind _locationKind;

    /// <summary>Creates a request.</summary>
    /// <param name="site">The site the repair is at; must not be empty.</param>
    /// <param name="category">The repair's category (RP-04..RP-07).</param>
    /// <param name="reportedOn">The local date the repair was reported; picks the schedule in force.</param>
    /// <param name="items">The fee-schedule items asked for, in order. May be empty only for an assessed quote (RP-14).</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="site"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public QuoteRequest(SiteId site, RepairCategory category, LocalDate reportedOn, IEnumerable<QuoteRequestItem> items)
    {
        if (site.IsEmpty)
        {
            throw new ArgumentException("A quote request must name its site.", nameof(site));
        }

        Site = site;
        Category = Preconditions.CheckDefined(category);
        ReportedOn = reportedOn;
        _items = Preconditions.CheckNotNull(items).ToArray();
        foreach (var item in _items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(items), "A quote request cannot hold a null item.");
            }
        }

        _locationKind = category == RepairCategory.CommonArea ? LocationKind.CommonArea : LocationKind.Unit;
    }

    // Every copy goes through the public constructor, and the changed fact through its own checks: a copy
    // can never hold what a new request could not (as NodaTime's With* methods create through validation).
    private QuoteRequest(QuoteRequest source, IEnumerable<QuoteRequestItem> items)
        : this(source.Site, source.Category, source.ReportedOn, items)
    {
        _locationKind = source._locationKind;
        ResidentSuppliesMaterials = source.ResidentSuppliesMaterials;
        WorkStartsAt = source.WorkStartsAt;
        Warranty = source.Warranty;
        IsMajorWork = source.IsMajorWork;
        IsUtilityInstallation = source.IsUtilityInstallation;
    }

    /// <summary>The site the repair is at.</summary>
    public SiteId Site { get; }

    /// <summary>The repair's category (RP-04..RP-07).</summary>
    public RepairCategory Category { get; }

    /// <summary>
    /// Whether the work is in a unit or a common area. Defaults to <see cref="PropertyService.LocationKind.CommonArea"/>
    /// for <see cref="RepairCategory.CommonArea"/> and to <see cref="PropertyService.LocationKind.Unit"/> otherwise.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public LocationKind LocationKind
    {
        get => _locationKind;
        init => _locationKind = Preconditions.CheckDefined(value);
    }

    /// <summary>The local date the repair was reported; the schedule in force on this date prices it.</summary>
    public LocalDate ReportedOn { get; }

    /// <summary>The fee-schedule items asked for, in request order.</summary>
    public IReadOnlyList<QuoteRequestItem> Items => field ??= Array.AsReadOnly(_items);

    /// <summary>The items as the array itself, for the evaluator's loops (no interface calls per element).</summary>
    internal QuoteRequestItem[] ItemArray => _items;

    /// <summary>Whether the resident supplies the materials (业主自备材料; their check is RP-15, in the repair workflow).</summary>
    public bool ResidentSuppliesMaterials { get; init; }

    /// <summary>The site-local date and time the work happens, for after-hours rules; null when not known.</summary>
    public LocalDateTime? WorkStartsAt { get; init; }

    /// <summary>The unit's or building's warranty facts; null when not known (no warranty is then applied).</summary>
    public WarrantyFacts? Warranty { get; init; }

    /// <summary>Whether this is major work (大中修) rather than routine work: common-area major work is the maintenance fund's.</summary>
    public bool IsMajorWork { get; init; }

    /// <summary>Whether the work is on a utility company's own installation (its pipes, cables or meters).</summary>
    public bool IsUtilityInstallation { get; init; }

    /// <summary>A copy of the request asking for <paramref name="items"/> instead; every other fact is kept.</summary>
    /// <param name="items">The fee-schedule items asked for, in order; may be empty only for an assessed quote (RP-14).</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    public QuoteRequest WithItems(IEnumerable<QuoteRequestItem> items) => new(this, items);

    /// <summary>A copy of the request for work in a unit or in a common area.</summary>
    /// <param name="locationKind">Where the work is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="locationKind"/> is not a defined value.</exception>
    public QuoteRequest WithLocationKind(LocationKind locationKind) => new(this, _items) { LocationKind = locationKind };

    /// <summary>A copy of the request saying whether the resident supplies the materials.</summary>
    /// <param name="residentSuppliesMaterials">Whether the resident supplies the materials.</param>
    public QuoteRequest WithResidentSuppliesMaterials(bool residentSuppliesMaterials) =>
        new(this, _items) { ResidentSuppliesMaterials = residentSuppliesMaterials };

    /// <summary>A copy of the request with the site-local date and time the work happens.</summary>
    /// <param name="workStartsAt">When the work starts, site-local, or null when not known.</param>
    public QuoteRequest WithWorkStartsAt(LocalDateTime? workStartsAt) => new(this, _items) { WorkStartsAt = workStartsAt };

    /// <summary>A copy of the request with the unit's or building's warranty facts, for the warranty rule.</summary>
    /// <param name="warranty">The warranty facts, or null when not known (no warranty is then applied).</param>
    public QuoteRequest WithWarranty(WarrantyFacts? warranty) => new(this, _items) { Warranty = warranty };

    /// <summary>A copy of the request saying whether this is major work (大中修).</summary>
    /// <param name="isMajorWork">Whether this is major work.</param>
    public QuoteRequest WithMajorWork(bool isMajorWork) => new(this, _items) { IsMajorWork = isMajorWork };

    /// <summary>A copy of the request saying whether the work is on a utility company's own installation.</summary>
    /// <param name="isUtilityInstallation">Whether the work is on a utility company's installation.</param>
    public QuoteRequest WithUtilityInstallation(bool isUtilityInstallation) => new(this, _items) { IsUtilityInstallation = isUtilityInstallation };

    /// <summary>Formats the request for logs.</summary>
    public override string ToString() =>
        $"{Category} repair at {Site} reported {ReportedOn:uuuu-MM-dd}: {string.Join(", ", _items.Select(i => $"{i.ItemCode}×{i.Quantity}"))}";
}
