using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// A tool missing at a handover count and who answers for it at its replacement price (CS-10, CS-18): the borrower when
/// a loan was recorded, otherwise the outgoing person.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ToolLoss : IEquatable<ToolLoss>
{
    /// <summary>Records a loss.</summary>
    /// <param name="tool">The missing tool.</param>
    /// <param name="answerableBy">Who answers for it.</param>
    /// <param name="onLoan">Whether a loan to <paramref name="answerableBy"/> was recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tool"/> or <paramref name="answerableBy"/> is null.</exception>
    public ToolLoss(Tool tool, Actor answerableBy, bool onLoan)
    {
        Tool = Preconditions.CheckNotNull(tool);
        AnswerableBy = Preconditions.CheckNotNull(answerableBy);
        OnLoan = onLoan;
    }

    /// <summary>The missing tool.</summary>
    public Tool Tool { get; }

    /// <summary>Who answers for it (CS-18).</summary>
    public Actor AnswerableBy { get; }

    /// <summary>Whether it was on a recorded loan to <see cref="AnswerableBy"/>.</summary>
    public bool OnLoan { get; }

    /// <summary>What <see cref="AnswerableBy"/> owes for it: the replacement price (照价赔偿, CS-10).</summary>
    public Money Compensation => Tool.ReplacementPrice;

    /// <inheritdoc/>
    public bool Equals(ToolLoss? other) => other is not null && Tool.Equals(other.Tool) && AnswerableBy.Equals(other.AnswerableBy) && OnLoan == other.OnLoan;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ToolLoss);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tool, AnswerableBy, OnLoan);

    /// <summary>The loss as text, such as <c>MM-01 万用表 missing: 陈师傅 (borrower) answers for ¥380.00 (CS-10)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Tool.Code} {Tool.Name} missing: {AnswerableBy.DisplayName} ({(OnLoan ? "borrower" : "outgoing")}) answers for {Compensation} (CS-10)";
}
