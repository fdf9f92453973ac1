using NodaTime;

namespace PropertyService.Fees;

/// <summary>Schedules, requests and actors shared by the fee tests.</summary>
internal static class FeeTestData
{
    public static readonly SiteId Site = new("SZ-VK-01");
    public static readonly LocalDate InForce = new(2026, 1, 1);
    public static readonly LocalDate Reported = new(2026, 3, 10);

    public static readonly RepairCategory[] UnitAndSpecial = [RepairCategory.Unit, RepairCategory.SpecialRequest];

    public static FeeSchedule Schedule(LocalDate? inForce = null) =>
        FeeSchedule.CreateBuilder(inForce ?? InForce)
            .Add(new FeeScheduleItem("W-01", "Replace tap washer", [RepairCategory.Unit, RepairCategory.Water], FeeUnit.PerItem, Money.Yuan(10m), material: Money.Yuan(2m)))
            .Add(new FeeScheduleItem("W-03", "Clear blocked drain", [RepairCategory.Unit, RepairCategory.Water], FeeUnit.PerItem, Money.Yuan(30m), Money.Yuan(50m)))
            .Add(new FeeScheduleItem("W-11", "Repair pipe leak", [RepairCategory.Unit, RepairCategory.Water], FeeUnit.PerMetre, Money.Yuan(40m), material: Money.Yuan(20m), defectClass: "plumbing"))
            .Add(new FeeScheduleItem("W-12", "Reseal shower tray", UnitAndSpecial, FeeUnit.PerItem, Money.Yuan(30m), material: Money.Yuan(10m), defectClass: "waterproofing"))
            .Add(new FeeScheduleItem("W-14", "Replace water meter", [RepairCategory.Water], FeeUnit.PerItem, Money.Yuan(0m), materialPricing: MaterialPricing.AtCost, isUtilityInstallation: true))
            .Add(new FeeScheduleItem("E-01", "Replace socket", [RepairCategory.Unit, RepairCategory.Power], FeeUnit.PerItem, Money.Yuan(15m), material: Money.Yuan(12m), defectClass: "electrical"))
            .Add(new FeeScheduleItem("E-03", "Replace light fitting", UnitAndSpecial, FeeUnit.PerItem, Money.Yuan(25m), materialPricing: MaterialPricing.AtCost))
            .Add(new FeeScheduleItem("M-04", "Repair radiator valve", [RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(30m), material: Money.Yuan(30m), defectClass: "heating"))
            .Add(new FeeScheduleItem("M-05", "Handyman work", [RepairCategory.SpecialRequest], FeeUnit.PerHour, Money.Yuan(50m)))
            .Add(new FeeScheduleItem("D-02", "Open locked door", UnitAndSpecial, FeeUnit.PerItem, Money.Yuan(5m)))
            .Add(new FeeScheduleItem("C-01", "Replace common-area light", [RepairCategory.CommonArea], FeeUnit.PerItem, Money.Yuan(25m), material: Money.Yuan(40m)))
            .Add(new FeeScheduleItem("C-04", "Reroof stairwell", [RepairCategory.CommonArea], FeeUnit.PerMetre, Money.Yuan(120m), materialPricing: MaterialPricing.AtCost, defectClass: "waterproofing", isMajorWork: true))
            .Build();

    public static QuoteRequest Request(RepairCategory category, params QuoteRequestItem[] items) =>
        new(Site, category, Reported, items);

    public static QuoteRequest Request(params string[] codes) =>
        new(Site, RepairCategory.Unit, Reported, codes.Select(c => new QuoteRequestItem(c)));

    public static Actor Supervisor { get; } = new("E2001", "张工", Site, Role.EngineeringSupervisor);

    public static Quote QuoteOf(FeeEvaluation evaluation) =>
        evaluation.IsQuote ? evaluation.Quote : throw new Xunit.Sdk.XunitException($"Expected a quote but got: {evaluation}");

    public static string RepositoryFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PropertyService.Core.sln")))
            {
                return Path.Combine(dir.FullName, relativePath);
            }
        }

        throw new InvalidOperationException("Cannot find the repository root.");
    }
}
