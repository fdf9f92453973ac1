using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// The engineering supervisor's fee assessment (收费评审, RP-03 (2), RP-14) of a request holding work
/// not in the fee schedule: priced lines for the unscheduled work, who assessed it and when.
/// </summary>
/// <remarks>
/// <para><see cref="IFeeEvaluator.Assess(FeeAssessment)"/> turns it into a <see cref="Quote"/> marked as
/// assessed: scheduled items of the request are priced from the schedule as usual, the assessed lines
/// are added, and the same fee rules run over the whole quote.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class FeeAssessment
{
    private readonly AssessedLine[] _lines;

    /// <summary>Creates an assessment.</summary>
    /// <param name="request">The request assessed.</param>
    /// <param name="lines">The assessed lines; at least one.</param>
    /// <param name="assessor">The engineering supervisor who assessed it.</param>
    /// <param name="assessedAt">When it was assessed.</param>
    /// <exception cref="ArgumentNullException">An argument or a line is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty.</exception>
    public FeeAssessment(QuoteRequest request, IEnumerable<AssessedLine> lines, Actor assessor, Instant assessedAt)
    {
        Request = Preconditions.CheckNotNull(request);
        _lines = Preconditions.CheckNotNull(lines).ToArray();
        if (_lines.Length == 0)
        {
            throw new ArgumentException("A fee assessment needs at least one assessed line.", nameof(lines));
        }

        if (Array.IndexOf(_lines, null) >= 0)
        {
            throw new ArgumentNullException(nameof(lines), "A fee assessment cannot hold a null line.");
        }

        Assessor = Preconditions.CheckNotNull(assessor);
        AssessedAt = assessedAt;
    }

    /// <summary>The request assessed.</summary>
    public QuoteRequest Request { get; }

    /// <summary>The assessed lines, in the order entered.</summary>
    public IReadOnlyList<AssessedLine> Lines => field ??= Array.AsReadOnly(_lines);

    /// <summary>Who assessed it; must hold <see cref="Role.EngineeringSupervisor"/> (RP-03 (2)).</summary>
    public Actor Assessor { get; }

    /// <summary>When it was assessed.</summary>
    public Instant AssessedAt { get; }
}
