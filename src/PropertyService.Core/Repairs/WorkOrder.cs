using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>
/// The engineering work order (维修派工单), issued in triplicate (RP-09). Copy 1 stays at the service center;
/// engineering takes copies 2 and 3 when it collects the order (RP-10).
/// </summary>
/// <remarks>Immutable; collecting the order produces a new instance through <see cref="Collected"/>.</remarks>
public sealed record WorkOrder
{
    /// <summary>The number of copies a work order is issued in (RP-09).</summary>
    public const int CopyCount = 3;

    /// <summary>Creates a freshly issued work order: all copies at the service center.</summary>
    /// <param name="number">The site-unique number.</param>
    /// <param name="issuedAt">When it was issued.</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> is blank.</exception>
    public WorkOrder(string number, Instant issuedAt)
    {
        Number = Preconditions.CheckNotBlank(number);
        IssuedAt = issuedAt;
    }

    /// <summary>The site-unique number (RP-09).</summary>
    public string Number { get; }

    /// <summary>When it was issued.</summary>
    public Instant IssuedAt { get; }

    /// <summary>Whether engineering has collected copies 2 and 3 (RP-10).</summary>
    public bool IsCollected { get; private init; }

    /// <summary>Who holds copy <paramref name="copy"/> (1 to <see cref="CopyCount"/>).</summary>
    /// <param name="copy">The copy number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="copy"/> is not 1 to 3.</exception>
    public WorkOrderCopyHolder HolderOf(int copy) => copy switch
    {
        1 => WorkOrderCopyHolder.ServiceCenter, // RP-10: copy 1 stays at the service center.
        2 or 3 => IsCollected ? WorkOrderCopyHolder.Engineering : WorkOrderCopyHolder.ServiceCenter,
        _ => throw new ArgumentOutOfRangeException(nameof(copy), copy, "A work order has copies 1 to 3."),
    };

    /// <summary>The same order after engineering took copies 2 and 3 (RP-10).</summary>
    public WorkOrder Collected() => this with { IsCollected = true };
}
