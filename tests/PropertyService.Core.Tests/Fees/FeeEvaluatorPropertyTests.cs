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
}
