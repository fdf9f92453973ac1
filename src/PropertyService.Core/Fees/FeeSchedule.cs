using System.Diagnostics.CodeAnalysis;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// A company's price list of standard repairs (维修项目收费标准): an immutable catalogue of
/// <see cref="FeeScheduleItem"/>s in one currency, in force from a date. A repair is priced from the
/// schedule in force on the date it was reported (see <see cref="FeeScheduleHistory"/>).
/// </summary>
/// <remarks>
/// Build one with <see cref="CreateBuilder(LocalDate, string, FeeScheduleOptions)"/>, or load one with
/// <see cref="FeeScheduleJson.Load(string)"/>. Item codes are unique and compared ordinally.
/// Immutable; safe to share between threads.
/// </remarks>
public sealed class FeeSchedule
{
    private readonly FeeScheduleItem[] _items;
    private readonly Dictionary<string, FeeScheduleItem> _byCode;

    internal FeeSchedule(string? name, LocalDate inForceFrom, string currency, FeeScheduleItem[] items, Dictionary<string, FeeScheduleItem> byCode)
    {
        Name = name;
        InForceFrom = inForceFrom;
        Currency = currency;
        _items = items;
        _byCode = byCode;
    }

    /// <summary>The schedule's name, for people (for example "2026 standard repair prices"), or null.</summary>
    public string? Name { get; }

    /// <summary>The first date on which the schedule is in force.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The currency of every price in the schedule.</summary>
    public string Currency { get; }

    /// <summary>The items, in the order they were added.</summary>
    public IReadOnlyList<FeeScheduleItem> Items => field ??= Array.AsReadOnly(_items);

    /// <summary>How many items the schedule holds.</summary>
    public int Count => _items.Length;

    /// <summary>Starts building a schedule.</summary>
    /// <param name="inForceFrom">The first date on which the schedule is in force.</param>
    /// <param name="currency">The currency of every price; <see cref="Money.DefaultCurrency"/> when omitted.</param>
    /// <param name="options">The limits every item is checked against (read once, now); the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not a known ISO 4217 code (such as CNY, HKD, MOP, TWD,
    /// USD or EUR; see <see cref="FeeScheduleJson"/>), or an option is invalid.</exception>
    public static FeeScheduleBuilder CreateBuilder(LocalDate inForceFrom, string currency = Money.DefaultCurrency, FeeScheduleOptions? options = null) =>
        new(inForceFrom, currency, options ?? new FeeScheduleOptions());

    /// <summary>Whether the schedule holds an item with <paramref name="code"/>.</summary>
    /// <param name="code">The item code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool Contains(string code) => _byCode.ContainsKey(Preconditions.CheckNotNull(code));

    /// <summary>Finds the item with <paramref name="code"/>.</summary>
    /// <param name="code">The item code.</param>
    /// <param name="item">The item, or null when the schedule does not hold it.</param>
    /// <returns>Whether the schedule holds the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool TryGetItem(string code, [MaybeNullWhen(false)] out FeeScheduleItem item) =>
        _byCode.TryGetValue(Preconditions.CheckNotNull(code), out item);

    /// <summary>Formats the schedule for logs.</summary>
    public override string ToString() => $"{Name ?? "Fee schedule"} in force from {InForceFrom:uuuu-MM-dd}: {Count} items in {Currency}";
}
