using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// The standard <see cref="IFeeEvaluator"/>: prices a request from the fee schedule in force on the day
/// it was reported (RP-12), sends unscheduled work to assessment (RP-14), builds assessed quotes, and runs
/// an ordered list of <see cref="IFeeRule"/>s over every quote.
/// </summary>
/// <remarks>
/// <para><b>Rules.</b> The rules run in the order given, once per quote. The default is
/// <see cref="FeeRules.CreateBuiltIn"/>; to add a vendor rule, or remove, reorder or replace a built-in,
/// edit that list (for example <c>rules.Insert(0, myRule)</c>,
/// <c>rules.RemoveAll(r =&gt; r.Name == MinimumCallOutChargeRule.RuleName)</c>) and pass it here. Rule
/// names must be unique.</para>
/// <para><b>Money.</b> Each line's labour and material charge is the unit price times the quantity,
/// rounded half away from zero to 0.01; totals are exact sums of lines and adjustments; nothing is
/// negative except an explicit discount adjustment, and no total is negative.</para>
/// <para>Immutable; safe to call from several threads at once (provided the rules are, as
/// <see cref="IFeeRule"/> requires).</para>
/// </remarks>
public sealed class FeeEvaluator : IFeeEvaluator
{
    private static readonly string[] DefaultPayerReasons =
    [
        "Unit repair at the schedule price, paid by the resident (RP-04, RP-12).",
        "Water repair at the schedule price, paid by the resident (RP-05, RP-12).",
        "Power repair at the schedule price, paid by the resident (RP-05, RP-12).",
        "Gas repair at the schedule price, paid by the resident (RP-05, RP-12).",
        "Common-area repair at the schedule price (RP-06, RP-12).",
        "Special-request work the resident asked for, at the schedule price (RP-07, RP-12).",
    ];

    private readonly FeeScheduleHistory _schedules;
    private readonly IFeeRule[] _rules;

    /// <summary>Creates an evaluator over one schedule with the built-in rules in their default order.</summary>
    /// <param name="schedule">The fee schedule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public FeeEvaluator(FeeSchedule schedule)
        : this(new FeeScheduleHistory(Preconditions.CheckNotNull(schedule)), FeeRules.CreateBuiltIn())
    {
    }

    /// <summary>Creates an evaluator.</summary>
    /// <param name="schedules">The site's fee schedules over time.</param>
    /// <param name="rules">The fee rules, in the order they run; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/>, <paramref name="rules"/> or a rule is null.</exception>
    /// <exception cref="ArgumentException">Two rules have the same name, or a rule's name is blank.</exception>
    public FeeEvaluator(FeeScheduleHistory schedules, IEnumerable<IFeeRule> rules)
    {
        _schedules = Preconditions.CheckNotNull(schedules);
        _rules = Preconditions.CheckNotNull(rules).ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rules), "A fee rule list cannot hold null.");
            }

            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                throw new ArgumentException($"The fee rule {rule.GetType().Name} has no name.", nameof(rules));
            }

            if (!names.Add(rule.Name))
            {
                throw new ArgumentException($"Two fee rules are named {rule.Name}; rule names must be unique.", nameof(rules));
            }
        }
    }

    /// <summary>The fee rules, in the order they run.</summary>
    public IReadOnlyList<IFeeRule> Rules => field ??= Array.AsReadOnly(_rules);

    /// <summary>The site's fee schedules over time.</summary>
    public FeeScheduleHistory Schedules => _schedules;

    /// <inheritdoc/>
    public FeeEvaluation Evaluate(QuoteRequest request)
    {
        Preconditions.CheckNotNull(request);
        var schedule = _schedules.InForceOn(request.ReportedOn);
        if (schedule is null)
        {
            return NoSchedule(request);
        }

        var requested = request.ItemArray;
        if (requested.Length == 0)
        {
            return Rejection.Localized("fees.no-items", "RP-12", nameof(QuoteRequest.Items), "Fees.NoItems");
        }

        // RP-14: any item not in the schedule in force sends the whole request to assessment.
        List<string>? unscheduled = null;
        var items = new FeeScheduleItem?[requested.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (schedule.TryGetItem(requested[i].ItemCode, out var item))
            {
                items[i] = item;
            }
            else
            {
                (unscheduled ??= []).Add(requested[i].ItemCode);
            }
        }

        if (unscheduled is not null)
        {
            return new RequiresAssessment(request, unscheduled);
        }

        var lines = new QuoteLine[items.Length];
        var reason = DefaultPayerReasons[(int)request.Category];
        for (var i = 0; i < lines.Length; i++)
        {
            var rejection = PriceLine(request, requested[i], items[i]!, schedule.Currency, reason, out lines[i]);
            if (rejection is not null)
            {
                return rejection;
            }
        }

        // Decimal sums throw on overflow; quantities far beyond any real repair must be refused, not crash (RP-12).
        if (RunRules(request, schedule, lines, items, isAssessment: false) is not { } context)
        {
            return TotalTooLarge("RP-12", nameof(QuoteRequest.Items), "Fees.TotalTooLarge.Quantities");
        }

        return new Quote(request, lines, context.AdjustmentsArray(), context.Totals, schedule.Currency, schedule.InForceFrom);
    }

    /// <inheritdoc/>
    public FeeEvaluation Assess(FeeAssessment assessment)
    {
        Preconditions.CheckNotNull(assessment);
        var request = assessment.Request;
        var assessor = assessment.Assessor;

        // RP-03 (2), RP-14: the engineering supervisor assesses repairs not in the fee schedule.
        if (!assessor.HasRole(Role.EngineeringSupervisor))
        {
            return Rejection.Localized(
                "fees.assessor-not-engineering-supervisor", "RP-14", nameof(FeeAssessment.Assessor), "Fees.AssessorNotEngineeringSupervisor", assessor.DisplayName);
        }

        if (assessor.Site != request.Site)
        {
            return Rejection.Localized(
                "fees.assessor-other-site", "RP-14", nameof(FeeAssessment.Assessor), "Fees.AssessorOtherSite", assessor.DisplayName, assessor.Site, request.Site);
        }

        var schedule = _schedules.InForceOn(request.ReportedOn);
        if (schedule is null)
        {
            return NoSchedule(request);
        }

        var assessed = assessment.Lines;
        var requested = request.Items;
        var lines = new List<QuoteLine>(requested.Count + assessed.Count);
        var items = new List<FeeScheduleItem?>(lines.Capacity);
        var reason = DefaultPayerReasons[(int)request.Category];
        List<string>? uncovered = null;
        foreach (var requestItem in requested)
        {
            if (schedule.TryGetItem(requestItem.ItemCode, out var item))
            {
                var rejection = PriceLine(request, requestItem, item, schedule.Currency, reason, out var line);
                if (rejection is not null)
                {
                    return rejection;
                }

                lines.Add(line);
                items.Add(item);
            }
            else if (!Covers(assessed, requestItem.ItemCode))
            {
                (uncovered ??= []).Add(requestItem.ItemCode);
            }
        }

        if (uncovered is not null)
        {
            return Rejection.Localized(
                "fees.assessment-incomplete",
                "RP-14",
                nameof(FeeAssessment.Lines),
                "Fees.AssessmentIncomplete",
                LocalizedText.Join("Text.List", uncovered.Distinct(StringComparer.Ordinal)));
        }

        var assessedReason = $"Assessed by {assessor.DisplayName} (RP-14).";
        foreach (var entry in assessed)
        {
            if (entry.Labour.Currency != schedule.Currency)
            {
                return Rejection.Localized(
                    "fees.currency-mismatch", "RP-14", nameof(AssessedLine.Labour), "Fees.AssessedLineCurrency", entry.Description, entry.Labour.Currency, schedule.Currency);
            }

            lines.Add(new QuoteLine(entry.ItemCode, entry.Description, 1m, entry.Labour.Round(), entry.Material.Round(), entry.Payer, assessedReason, isAssessed: true));
            items.Add(null);
        }

        var lineArray = lines.ToArray();
        if (RunRules(request, schedule, lineArray, items.ToArray(), isAssessment: true) is not { } context)
        {
            return TotalTooLarge("RP-14", nameof(FeeAssessment.Lines), "Fees.TotalTooLarge.AssessedPrices");
        }

        return new Quote(request, lineArray, context.AdjustmentsArray(), schedule.InForceFrom, assessor, assessment.AssessedAt);
    }

    /// <summary>Runs the rules; null when a total grows beyond what a decimal holds.</summary>
    private FeeRuleContext? RunRules(QuoteRequest request, FeeSchedule schedule, QuoteLine[] lines, FeeScheduleItem?[] items, bool isAssessment)
    {
        try
        {
            var context = new FeeRuleContext(request, schedule, lines, items) { IsAssessment = isAssessment };
            foreach (var rule in _rules)
            {
                context.RuleName = rule.Name;
                rule.Apply(context);
            }

            context.Complete();
            _ = FeeMath.Sum(context.Totals); // the grand total must be computable too
            return context;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>A total beyond what a decimal holds; <paramref name="key"/> is the text, which says what to check.</summary>
    private static Rejection TotalTooLarge(string ruleId, string field, string key) =>
        Rejection.Localized("fees.amount-too-large", ruleId, field, key);

    private static bool Covers(IReadOnlyList<AssessedLine> assessed, string code)
    {
        foreach (var line in assessed)
        {
            if (string.Equals(line.ItemCode, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Rejection NoSchedule(QuoteRequest request) =>
        Rejection.Localized("fees.no-schedule-in-force", "RP-12", nameof(QuoteRequest.ReportedOn), "Fees.NoScheduleInForce", request.ReportedOn);

    private static Rejection? PriceLine(QuoteRequest request, QuoteRequestItem requested, FeeScheduleItem item, string currency, string reason, out QuoteLine line)
    {
        line = null!;
        if (!item.AppliesTo(request.Category))
        {
            return Rejection.Localized(
                "fees.item-not-for-category",
                "RP-12",
                nameof(QuoteRequest.Category),
                "Fees.ItemNotForCategory",
                item.Code,
                item.Name,
                LocalizedText.Of("RepairCategory", request.Category),
                LocalizedText.Join("Text.List", item.Categories.Select(c => (object?)LocalizedText.Of("RepairCategory", c))));
        }

        var quantity = requested.Quantity;
        // A quantity with no decimal places is whole; only one written with a scale (2.0, 2.5) needs the truncation test.
        if (item.Unit == FeeUnit.PerItem && quantity.Scale != 0 && decimal.Truncate(quantity) != quantity)
        {
            return Rejection.Localized("fees.quantity-not-whole", "RP-12", nameof(QuoteRequestItem.Quantity), "Fees.QuantityNotWhole", item.Code, item.Name, quantity);
        }

        var unitLabour = item.Labour;
        var labourIsWholeCents = item.LabourIsWholeCents;
        if (requested.ChosenUnitLabour is { } chosen)
        {
            if (item.MaximumLabour is not { } max)
            {
                return Rejection.Localized(
                    "fees.price-not-a-range", "RP-12", nameof(QuoteRequestItem.ChosenUnitLabour), "Fees.PriceNotARange", item.Code, item.Name, item.Labour);
            }

            if (chosen.Currency != currency || chosen < item.Labour || chosen > max)
            {
                return Rejection.Localized(
                    "fees.price-outside-range", "RP-12", nameof(QuoteRequestItem.ChosenUnitLabour), "Fees.PriceOutsideRange", chosen, item.Code, item.Name, item.Labour, max);
            }

            unitLabour = chosen;
            labourIsWholeCents = FeeMath.IsWholeCents(chosen.Amount);
        }

        var isOne = quantity == 1m; // compared once: decimal comparisons are not free
        var material = Money.Zero(currency);
        if (requested.MaterialCost is { } cost)
        {
            if (item.MaterialPricing != MaterialPricing.AtCost)
            {
                return Rejection.Localized("fees.material-not-at-cost", "RP-12", nameof(QuoteRequestItem.MaterialCost), "Fees.MaterialNotAtCost", item.Code, item.Name);
            }

            if (cost.Currency != currency)
            {
                return Rejection.Localized(
                    "fees.currency-mismatch", "RP-12", nameof(QuoteRequestItem.MaterialCost), "Fees.MaterialCostCurrency", cost, item.Code, cost.Currency, currency);
            }

            material = FeeMath.IsWholeCents(cost.Amount) ? cost : cost.Round();
        }

        Money labour;
        try
        {
            if (requested.MaterialCost is null)
            {
                material = isOne && item.MaterialIsWholeCents ? item.Material : Times(item.Material, quantity);
            }

            // Money: round half away from zero to 0.01 per line (issue 3, CS-03: only schedule prices are charged).
            labour = isOne && labourIsWholeCents ? unitLabour : Times(unitLabour, quantity);
        }
        catch (OverflowException)
        {
            return Rejection.Localized("fees.amount-too-large", "RP-12", nameof(QuoteRequestItem.Quantity), "Fees.LineTooLarge", item.Code, item.Name, quantity);
        }

        line = new QuoteLine(item.Code, item.Name, quantity, labour, material, Payer.Resident, reason, isAssessed: false, trusted: true);
        return null;
    }

    private static Money Times(Money unitPrice, decimal quantity)
    {
        // Rounding a product that already has at most two decimal places returns it unchanged, so skip it.
        var amount = unitPrice.Amount * quantity;
        return new(amount.Scale <= 2 ? amount : decimal.Round(amount, 2, MidpointRounding.AwayFromZero), unitPrice.Currency);
    }
}
