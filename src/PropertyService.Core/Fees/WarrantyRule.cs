using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Built-in fee rule "Warranty": a line whose schedule item declares a defect class still under warranty
/// on the date the repair was reported is paid by the <see cref="Payer.Developer"/>.
/// </summary>
/// <remarks>
/// Needs <see cref="QuoteRequest.Warranty"/>; without it, nothing changes. Like the other payer rules,
/// it only reassigns lines still charged to the resident, so an earlier rule's payer stands.
/// Immutable once made (it copies its options); safe to share between threads.
/// </remarks>
public sealed class WarrantyRule : IFeeRule
{
    /// <summary>The rule's name, as recorded on its changes.</summary>
    public const string RuleName = "Warranty";

    private readonly Dictionary<string, WarrantyTerm> _terms;
    private readonly Dictionary<string, (WarrantyTerm Term, string Reason)> _entries;
    private readonly WarrantyStart _start;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The terms per defect class and the start date; the defaults when null.</param>
    /// <exception cref="ArgumentException">A term is null or <see cref="WarrantyRuleOptions.Start"/> is undefined.</exception>
    public WarrantyRule(WarrantyRuleOptions? options = null)
    {
        options ??= new WarrantyRuleOptions();
        _terms = new Dictionary<string, WarrantyTerm>(StringComparer.OrdinalIgnoreCase);
        _entries = new Dictionary<string, (WarrantyTerm Term, string Reason)>(StringComparer.OrdinalIgnoreCase);
        _start = Preconditions.CheckDefined(options.Start, nameof(options));
        var from = _start == WarrantyStart.HandedOver ? "handover to the buyer" : "completion acceptance";
        foreach (var (defectClass, term) in options.Terms)
        {
            _terms[defectClass] = term ?? throw new ArgumentException($"The warranty term of defect class {defectClass} is null.", nameof(options));

            // Reasons are made once here, not per quote: the dates are in the request's warranty facts.
            _entries[defectClass] = (term, $"A {defectClass} defect within its {term} warranty from {from}: the developer pays.");
        }
    }

    /// <inheritdoc/>
    public string Name => RuleName;

    /// <summary>The warranty terms by defect class.</summary>
    public IReadOnlyDictionary<string, WarrantyTerm> Terms => field ??= _terms.AsReadOnly();

    /// <inheritdoc/>
    public void Apply(FeeRuleContext context)
    {
        Preconditions.CheckNotNull(context);
        var facts = context.Request.Warranty;
        if (facts is null)
        {
            return;
        }

        var start = _start == WarrantyStart.HandedOver ? facts.HandedOverOn : facts.CompletionAcceptedOn;
        var reported = context.Request.ReportedOn;
        var lines = context.LineArray;
        for (var i = 0; i < lines.Length; i++)
        {
            var defectClass = context.ScheduleItemFor(i)?.DefectClass;
            if (lines[i].Payer != Payer.Resident || defectClass is null || !_entries.TryGetValue(defectClass, out var entry))
            {
                continue;
            }

            if (reported < entry.Term.CoverageEnds(start))
            {
                context.SetPayer(i, Payer.Developer, entry.Reason);
            }
        }
    }
}
