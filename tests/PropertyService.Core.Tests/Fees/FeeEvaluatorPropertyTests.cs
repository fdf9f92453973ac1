using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

public class FeeEvaluatorPropertyTests
{
    private static readonly FeeSchedule TestSchedule = Schedule();

    private static readonly List<IFeeRule> AllOn = FeeRules.CreateBuiltIn(
        afterHours: new AfterHoursSurchargeOptions { Enabled = true, Percentage = 15m },
        minimumCallOut: new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(35m) });

    private static readonly FeeEvaluator Evaluator = new(new FeeScheduleHistory(TestSchedule), AllOn);

    private static readonly Gen<QuoteRequestItem> Items =
        from item in Gen.Elements(TestSchedule.Items.ToArray())
        from whole in Gen.Choose(1, 5)
        from thousandths in Gen.Choose(1, 9999)
        from cost in Gen.Choose(0, 50_000)
        from pick in Gen.Choose(0, 100)
        let quantity = item.Unit == FeeUnit.PerItem ? whole : thousandths / 1000m
        select new QuoteRequestItem(item.Code, quantity)
        {
            MaterialCost = item.MaterialPricing == MaterialPricing.AtCost ? Money.Yuan(cost / 1000m) : null,
            ChosenUnitLabour = item.MaximumLabour is { } max ? Money.Yuan(item.Labour.Amount + ((max.Amount - item.Labour.Amount) * pick / 100m)) : null,
        };

    private static readonly Gen<QuoteRequest> Requests =
        from category in Gen.Elements(Enum.GetValues<RepairCategory>())
        from items in Gen.NonEmptyListOf(Items)
        from supplies in Gen.Elements(true, false)
        from major in Gen.Elements(true, false)
        from utility in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from hour in Gen.Choose(0, 23)
        from handoverDays in Gen.Choose(0, 3000)
        let fitting = items.Where(i => TestSchedule.TryGetItem(i.ItemCode, out var s) && s.AppliesTo(category)).ToArray()
        where fitting.Length > 0
        select new QuoteRequest(Site, category, Reported, fitting)
        {
            ResidentSuppliesMaterials = supplies,
            IsMajorWork = major,
            IsUtilityInstallation = utility,
            WorkStartsAt = Reported.At(new LocalTime(hour, 0)),
            Warranty = new WarrantyFacts(Reported.PlusDays(-handoverDays - 30), Reported.PlusDays(-handoverDays)),
        };

    private static Arbitrary<QuoteRequest> RequestArb => Requests.ToArbitrary();

    private static decimal Sum(Quote quote, Payer? payer = null)
    {
        var sum = 0m;
        foreach (var line in quote.Lines)
        {
            sum += payer is null || line.Payer == payer ? line.Subtotal.Amount : 0m;
        }

        foreach (var adjustment in quote.Adjustments)
        {
            sum += payer is null || adjustment.Payer == payer ? adjustment.SignedAmount : 0m;
        }

        return sum;
    }

    [Property(MaxTest = 200)]
    public Property Totals_equal_the_sum_of_lines_and_adjustments_and_per_payer_totals_add_up() =>
        Prop.ForAll(RequestArb, request =>
        {
            var quote = QuoteOf(Evaluator.Evaluate(request));
            var payers = Enum.GetValues<Payer>();
            return quote.GrandTotal.Amount == Sum(quote)
                && payers.All(p => quote.TotalFor(p).Amount == Sum(quote, p))
                && payers.Sum(p => quote.TotalFor(p).Amount) == quote.GrandTotal.Amount
                && payers.All(p => quote.TotalFor(p).Amount >= 0m)
                && quote.Lines.All(l => decimal.Round(l.Labour.Amount, 2) == l.Labour.Amount && decimal.Round(l.Material.Amount, 2) == l.Material.Amount)
                && quote.Adjustments.All(a => a.Amount.Amount >= 0m && !string.IsNullOrWhiteSpace(a.Reason))
                && quote.Lines.All(l => !string.IsNullOrWhiteSpace(l.PayerReason));
        });

    [Property(MaxTest = 100)]
    public Property Evaluation_is_pure_the_same_request_gives_the_same_quote() =>
        Prop.ForAll(RequestArb, request =>
        {
            var first = QuoteOf(Evaluator.Evaluate(request));
            var second = QuoteOf(new FeeEvaluator(new FeeScheduleHistory(TestSchedule), FeeRules.CreateBuiltIn(
                afterHours: new AfterHoursSurchargeOptions { Enabled = true, Percentage = 15m },
                minimumCallOut: new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(35m) })).Evaluate(request));
            return first.Lines.SequenceEqual(second.Lines) && first.Adjustments.SequenceEqual(second.Adjustments)
                && Enum.GetValues<Payer>().All(p => first.TotalFor(p) == second.TotalFor(p));
        });

    [Property(MaxTest = 100)]
    public Property Rule_order_is_deterministic_adjustments_follow_the_declared_rule_order() =>
        Prop.ForAll(RequestArb, Gen.Shuffle(AllOn.ToArray()).ToArbitrary(), (request, shuffled) =>
        {
            var evaluator = new FeeEvaluator(new FeeScheduleHistory(TestSchedule), shuffled);
            var quote = QuoteOf(evaluator.Evaluate(request));
            var again = QuoteOf(evaluator.Evaluate(request));
            var order = shuffled.Select(r => r.Name).ToList();
            var positions = quote.Adjustments.Select(a => order.IndexOf(a.RuleName)).ToArray();
            return evaluator.Rules.Select(r => r.Name).SequenceEqual(order)
                && positions.Zip(positions.Skip(1)).All(p => p.First <= p.Second)
                && quote.Adjustments.SequenceEqual(again.Adjustments) && quote.Lines.SequenceEqual(again.Lines);
        });

    [Property(MaxTest = 200)]
    public Property Removing_a_discount_rule_never_lowers_the_residents_total() =>
        Prop.ForAll(RequestArb, request =>
        {
            var without = AllOn.Where(r => r.Name != ResidentSuppliedMaterialsRule.RuleName).ToList();
            var with = QuoteOf(Evaluator.Evaluate(request));
            var withoutDiscount = QuoteOf(new FeeEvaluator(new FeeScheduleHistory(TestSchedule), without).Evaluate(request));
            return withoutDiscount.TotalFor(Payer.Resident) >= with.TotalFor(Payer.Resident);
        });

    private sealed record Change(bool Discount, Payer Payer, int? Line, int Cents, bool Move);

    /// <summary>A vendor rule that makes arbitrary line and whole-quote adjustments and payer changes, where they fit.</summary>
    private sealed class ArbitraryRule(Change[] changes) : IFeeRule
    {
        public string Name => "Arbitrary";

        public void Apply(FeeRuleContext context)
        {
            foreach (var change in changes)
            {
                int? line = change.Line is { } l ? l % context.Lines.Count : null;
                var amount = Money.Yuan(change.Cents / 100m);
                if (change.Move && line is { } moved)
                {
                    try
                    {
                        context.SetPayer(moved, change.Payer, "Moved by the vendor rule.");
                    }
                    catch (InvalidOperationException)
                    {
                        // Moving would leave the old payer's discounts above its total: the rule skips it.
                    }
                }
                else if (!change.Discount)
                {
                    context.AddSurcharge(amount, change.Payer, "Vendor surcharge.", line);
                }
                else if (amount <= context.TotalFor(change.Payer))
                {
                    context.AddDiscount(amount, change.Payer, "Vendor discount.", line);
                }
            }
        }
    }

    private static readonly Gen<Change> Changes =
        from discount in Gen.Elements(true, false)
        from payer in Gen.Elements(Enum.GetValues<Payer>())
        from line in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 20).Select(i => (int?)i)))
        from cents in Gen.Choose(0, 20_000)
        from move in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        select new Change(discount, payer, line, cents, move);

    [Property(MaxTest = 300)]
    public Property Net_amounts_per_line_add_up_to_each_payers_total_and_are_never_negative() =>
        Prop.ForAll(RequestArb, Gen.ArrayOf(Changes).ToArbitrary(), (request, changes) =>
        {
            var rules = FeeRules.CreateBuiltIn(
                afterHours: new AfterHoursSurchargeOptions { Enabled = true, Percentage = 15m },
                minimumCallOut: new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(35m) });
            rules.Add(new ArbitraryRule(changes)); // last: a built-in discount after a vendor one could exceed the total
            var quote = QuoteOf(new FeeEvaluator(new FeeScheduleHistory(TestSchedule), rules).Evaluate(request));

            return Enum.GetValues<Payer>().All(payer =>
                Enumerable.Range(0, quote.Lines.Count).Sum(i => quote.NetFor(i, payer).Amount) == quote.TotalFor(payer).Amount
                && Enumerable.Range(0, quote.Lines.Count).All(i => quote.NetFor(i, payer).Amount >= 0m && decimal.Round(quote.NetFor(i, payer).Amount, 2) == quote.NetFor(i, payer).Amount));
        });

    [Property(MaxTest = 200)]
    public Property Without_whole_quote_adjustments_a_lines_net_is_its_subtotal_plus_its_own_adjustments() =>
        Prop.ForAll(RequestArb, request =>
        {
            var rules = FeeRules.CreateBuiltIn(); // payer rules and the per-line materials discount only
            var quote = QuoteOf(new FeeEvaluator(new FeeScheduleHistory(TestSchedule), rules).Evaluate(request));

            return Enumerable.Range(0, quote.Lines.Count).All(i => Enum.GetValues<Payer>().All(payer =>
                quote.NetFor(i, payer).Amount ==
                    (quote.Lines[i].Payer == payer ? quote.Lines[i].Subtotal.Amount : 0m)
                    + quote.Adjustments.Where(a => a.LineIndex == i && a.Payer == payer).Sum(a => a.SignedAmount)));
        });
}
