using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Builds a <see cref="FeeSchedule"/>: add items, then <see cref="Build"/>. Get one from
/// <see cref="FeeSchedule.CreateBuilder(LocalDate, string, FeeScheduleOptions)"/>.
/// </summary>
/// <remarks>Not thread-safe. The builder can be reused after <see cref="Build"/>; later changes do not affect built schedules.</remarks>
public sealed class FeeScheduleBuilder
{
    private readonly List<FeeScheduleItem> _items = [];
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly string _currency;
    private readonly decimal _maximumUnitPrice;

    internal FeeScheduleBuilder(LocalDate inForceFrom, string currency, FeeScheduleOptions options)
    {
        InForceFrom = inForceFrom;
        _currency = Money.Zero(Preconditions.CheckNotNull(currency)).Currency;
        if (CurrencyCodes.Problem(_currency) is { } problem)
        {
            throw new ArgumentException($"Fee schedule currency: {problem}.", nameof(currency));
        }

        _maximumUnitPrice = Preconditions.CheckNotNull(options).Validate();
    }

    /// <summary>The ceiling of every price per unit (<see cref="FeeScheduleOptions.MaximumUnitPrice"/>).</summary>
    public decimal MaximumUnitPrice => _maximumUnitPrice;

    /// <summary>The first date on which the schedule is in force.</summary>
    public LocalDate InForceFrom { get; set; }

    /// <summary>The schedule's name for people, or null.</summary>
    public string? Name { get; set; }

    /// <summary>The currency of every price.</summary>
    public string Currency => _currency;

    /// <summary>The items added so far.</summary>
    public IReadOnlyList<FeeScheduleItem> Items => field ??= _items.AsReadOnly();

    /// <summary>Adds an item.</summary>
    /// <param name="item">The item; its code must not be in the builder already, its prices must be in <see cref="Currency"/>
    /// and not above <see cref="MaximumUnitPrice"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is a duplicate, the currency differs, or a price is above the ceiling;
    /// the message names the item and the field. The builder is unchanged.</exception>
    public FeeScheduleBuilder Add(FeeScheduleItem item)
    {
        Preconditions.CheckNotNull(item);
        if (_codes.Contains(item.Code))
        {
            throw Invalid(item, FeeScheduleJsonFields.Code, "is a duplicate; each code may appear once");
        }

        if (item.Currency != _currency)
        {
            throw Invalid(item, FeeScheduleJsonFields.Labour, $"is in {item.Currency}, but the schedule is in {_currency}");
        }

        if (PriceProblem(item, out var field) is { } problem)
        {
            throw Invalid(item, field, problem);
        }

        _codes.Add(item.Code);
        _items.Add(item);
        return this;
    }

    /// <summary>Adds items in order.</summary>
    /// <param name="items">The items.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">A code is a duplicate, a currency differs, or a price is above the ceiling;
    /// the items before that one are added.</exception>
    public FeeScheduleBuilder AddRange(IEnumerable<FeeScheduleItem> items)
    {
        foreach (var item in Preconditions.CheckNotNull(items))
        {
            Add(item);
        }

        return this;
    }

    /// <summary>Builds the schedule from the items added so far (it may be empty).</summary>
    public FeeSchedule Build()
    {
        var items = _items.ToArray();
        var byCode = new Dictionary<string, FeeScheduleItem>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byCode.Add(item.Code, item);
        }

        return new FeeSchedule(string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(), InForceFrom, _currency, items, byCode);
    }

    /// <summary>The first price of <paramref name="item"/> above the ceiling, with its JSON field, or null when none is.</summary>
    internal string? PriceProblem(FeeScheduleItem item, out string field)
    {
        field = FeeScheduleJsonFields.Labour;
        if (FeeScheduleOptions.PriceProblem(item.Labour.Amount, _maximumUnitPrice) is { } labour)
        {
            return labour;
        }

        field = FeeScheduleJsonFields.LabourMax;
        if (item.MaximumLabour is { } max && FeeScheduleOptions.PriceProblem(max.Amount, _maximumUnitPrice) is { } top)
        {
            return top;
        }

        field = FeeScheduleJsonFields.Material;
        return FeeScheduleOptions.PriceProblem(item.Material.Amount, _maximumUnitPrice);
    }

    private static ArgumentException Invalid(FeeScheduleItem item, string field, string problem) =>
        new($"Fee schedule item {FeeScheduleItem.Shown(item.Code)}: {field} {problem}.", nameof(item));
}
