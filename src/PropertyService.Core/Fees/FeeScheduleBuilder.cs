using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Builds a <see cref="FeeSchedule"/>: add items, then <see cref="Build"/>. Get one from
/// <see cref="FeeSchedule.CreateBuilder(LocalDate, string)"/>.
/// </summary>
/// <remarks>Not thread-safe. The builder can be reused after <see cref="Build"/>; later changes do not affect built schedules.</remarks>
public sealed class FeeScheduleBuilder
{
    private readonly List<FeeScheduleItem> _items = [];
    private readonly string _currency;

    internal FeeScheduleBuilder(LocalDate inForceFrom, string currency)
    {
        InForceFrom = inForceFrom;
        _currency = Money.Zero(Preconditions.CheckNotNull(currency)).Currency;
    }

    /// <summary>The first date on which the schedule is in force.</summary>
    public LocalDate InForceFrom { get; set; }

    /// <summary>The schedule's name for people, or null.</summary>
    public string? Name { get; set; }

    /// <summary>The currency of every price.</summary>
    public string Currency => _currency;

    /// <summary>The items added so far.</summary>
    public IReadOnlyList<FeeScheduleItem> Items => _items;

    /// <summary>Adds an item.</summary>
    /// <param name="item">The item; its code must not be in the builder already and its prices must be in <see cref="Currency"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is a duplicate, or the currency differs.</exception>
    public FeeScheduleBuilder Add(FeeScheduleItem item)
    {
        Preconditions.CheckNotNull(item);
        foreach (var existing in _items)
        {
            if (string.Equals(existing.Code, item.Code, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Fee schedule item {item.Code}: code is a duplicate; each code may appear once.", nameof(item));
            }
        }

        if (item.Currency != _currency)
        {
            throw new ArgumentException($"Fee schedule item {item.Code}: labour is in {item.Currency}, but the schedule is in {_currency}.", nameof(item));
        }

        _items.Add(item);
        return this;
    }

    /// <summary>Adds items in order.</summary>
    /// <param name="items">The items.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">A code is a duplicate, or a currency differs.</exception>
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
}
