using PropertyService.Fees;

namespace PropertyService.Repairs;

/// <summary>
/// A fee evaluator for the repair tests: item codes starting with "S" are in the schedule at ¥30 each,
/// paid by the resident (by the company for common areas); anything else requires assessment (RP-14).
/// </summary>
internal sealed class FakeFeeEvaluator : IFeeEvaluator
{
    public static readonly FakeFeeEvaluator Instance = new();

    public static readonly Money SchedulePrice = Money.Yuan(30);

    public int EvaluateCalls { get; private set; }

    public FeeEvaluation Evaluate(QuoteRequest request)
    {
        EvaluateCalls++;
        if (request.Items.Count == 0)
        {
            return new Rejection("fees.no-items", "Nothing to price.", "RP-12", "Items");
        }

        var unscheduled = request.Items.Where(i => !i.ItemCode.StartsWith('S')).Select(i => i.ItemCode).ToArray();
        if (unscheduled.Length > 0)
        {
            return new RequiresAssessment(request, unscheduled);
        }

        return new Quote(request, request.Items.Select(i => Line(request, i.ItemCode, SchedulePrice, false)), []);
    }

    public FeeEvaluation Assess(FeeAssessment assessment)
    {
        if (!assessment.Assessor.HasRole(Role.EngineeringSupervisor))
        {
            return new Rejection("fees.assessor-role", "Only the engineering supervisor assesses.", "RP-14", "Assessor");
        }

        var lines = assessment.Request.Items.Where(i => i.ItemCode.StartsWith('S'))
            .Select(i => Line(assessment.Request, i.ItemCode, SchedulePrice, false))
            .Concat(assessment.Lines.Select(l => new QuoteLine(l.ItemCode, l.Description, 1, l.Labour, l.Material, l.Payer, "assessed", true)));
        return new Quote(assessment.Request, lines, [], null, assessment.Assessor, assessment.AssessedAt);
    }

    private static QuoteLine Line(QuoteRequest request, string code, Money price, bool assessed) =>
        request.LocationKind == LocationKind.CommonArea
            ? new QuoteLine(code, "Scheduled " + code, 1, price, Money.Zero(), Payer.PropertyCompany, "common area (RP-06)", assessed)
            : new QuoteLine(code, "Scheduled " + code, 1, price, Money.Zero(), Payer.Resident, "unit repair (RP-04)", assessed);
}
