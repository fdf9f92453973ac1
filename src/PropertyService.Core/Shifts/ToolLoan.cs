using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>A recorded loan of a tool: whoever borrowed it answers for it at the handover count (CS-18).</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ToolLoan : IEquatable<ToolLoan>
{
    /// <summary>Records a loan.</summary>
    /// <param name="toolCode">The tool lent.</param>
    /// <param name="borrower">Who borrowed it.</param>
    /// <param name="lentBy">Who lent it out.</param>
    /// <param name="lentAt">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="toolCode"/> is blank.</exception>
    public ToolLoan(string toolCode, Actor borrower, Actor lentBy, Instant lentAt)
    {
        ToolCode = Preconditions.CheckNotBlank(toolCode);
        Borrower = Preconditions.CheckNotNull(borrower);
        LentBy = Preconditions.CheckNotNull(lentBy);
        LentAt = lentAt;
    }

    /// <summary>The tool lent.</summary>
    public string ToolCode { get; }

    /// <summary>Who borrowed it and answers for it.</summary>
    public Actor Borrower { get; }

    /// <summary>Who lent it out.</summary>
    public Actor LentBy { get; }

    /// <summary>When it was lent.</summary>
    public Instant LentAt { get; }

    /// <inheritdoc/>
    public bool Equals(ToolLoan? other) =>
        other is not null && ToolCode == other.ToolCode && Borrower.Equals(other.Borrower) && LentBy.Equals(other.LentBy) && LentAt == other.LentAt;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ToolLoan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ToolCode, Borrower, LentAt);

    /// <summary>The loan as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ToolCode} lent to {Borrower.DisplayName} by {LentBy.DisplayName} at {LentAt}";
}
