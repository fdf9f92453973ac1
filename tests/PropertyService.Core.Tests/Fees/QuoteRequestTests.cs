using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

public class QuoteRequestTests
{
    private static readonly WarrantyFacts Facts = new(new LocalDate(2024, 1, 10), new LocalDate(2024, 6, 1));

    private static QuoteRequest Full() =>
        new(Site, RepairCategory.Water, Reported, [new QuoteRequestItem("W-01", 2)])
        {
            LocationKind = LocationKind.CommonArea,
            ResidentSuppliesMaterials = true,
            WorkStartsAt = Reported.At(new LocalTime(21, 30)),
            Warranty = Facts,
            IsMajorWork = true,
            IsUtilityInstallation = true,
        };

    private static object[] FactsOf(QuoteRequest r) =>
        [r.Site, r.Category, r.ReportedOn, r.LocationKind, r.ResidentSuppliesMaterials, r.WorkStartsAt!, r.Warranty!, r.IsMajorWork, r.IsUtilityInstallation, string.Join(",", r.Items)];

    [Fact]
    public void Warranty_facts_can_be_added_with_a_copy_that_keeps_every_other_fact()
    {
        var request = new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("W-12")]) { ResidentSuppliesMaterials = true };

        var withWarranty = request.WithWarranty(Facts);

        Assert.Null(request.Warranty);
        Assert.Same(Facts, withWarranty.Warranty);
        Assert.True(withWarranty.ResidentSuppliesMaterials);
        Assert.Equal(request.Items, withWarranty.Items);
        Assert.Equal((request.Site, request.Category, request.ReportedOn, request.LocationKind), (withWarranty.Site, withWarranty.Category, withWarranty.ReportedOn, withWarranty.LocationKind));
        Assert.Equal(Payer.Developer, QuoteOf(new FeeEvaluator(Schedule()).Evaluate(withWarranty)).Lines[0].Payer);
    }

    [Fact]
    public void Each_With_method_changes_exactly_its_own_fact()
    {
        var full = Full();
        var before = FactsOf(full);
        var later = Reported.At(new LocalTime(9, 0));

        var copies = new (QuoteRequest Copy, int Changed)[]
        {
            (full.WithLocationKind(LocationKind.Unit), 3),
            (full.WithResidentSuppliesMaterials(false), 4),
            (full.WithWorkStartsAt(later), 5),
            (full.WithWarranty(null), 6),
            (full.WithMajorWork(false), 7),
            (full.WithUtilityInstallation(false), 8),
            (full.WithItems([new QuoteRequestItem("E-01")]), 9),
        };

        Assert.Equal(before, FactsOf(full));
        foreach (var (copy, changed) in copies)
        {
            var after = FactsOf(copy);
            for (var i = 0; i < before.Length; i++)
            {
                if (i == changed)
                {
                    Assert.NotEqual(before[i], after[i]);
                }
                else
                {
                    Assert.Equal(before[i], after[i]);
                }
            }
        }

        Assert.Equal(later, full.WithWorkStartsAt(later).WorkStartsAt);
        Assert.Null(full.WithWorkStartsAt(null).WorkStartsAt);
        Assert.Equal("E-01", Assert.Single(full.WithItems([new QuoteRequestItem("E-01")]).Items).ItemCode);
    }

    [Fact]
    public void A_copy_is_validated_like_a_new_request()
    {
        var request = Full();

        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => request.WithLocationKind((LocationKind)42));
        Assert.Equal("value", kind.ParamName);
        var nullItem = Assert.Throws<ArgumentNullException>(() => request.WithItems([new QuoteRequestItem("W-01"), null!]));
        Assert.Equal("items", nullItem.ParamName);
        Assert.Equal("A quote request cannot hold a null item. (Parameter 'items')", nullItem.Message);
        Assert.Throws<ArgumentNullException>(() => request.WithItems(null!));
        Assert.Equal(LocationKind.CommonArea, request.LocationKind);
    }

    [Fact]
    public void WithItems_copies_the_items_so_later_changes_to_the_source_do_not_leak_in()
    {
        var items = new List<QuoteRequestItem> { new("W-01") };
        var copy = Full().WithItems(items);
        items.Add(new QuoteRequestItem("E-01"));

        Assert.Single(copy.Items);
        Assert.Empty(Full().WithItems([]).Items);
    }

    [Fact]
    public void Constructor_refuses_an_empty_site_an_undefined_category_and_null_items()
    {
        Assert.Equal("A quote request must name its site. (Parameter 'site')",
            Assert.Throws<ArgumentException>(() => new QuoteRequest(default, RepairCategory.Unit, Reported, [])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuoteRequest(Site, (RepairCategory)99, Reported, []));
        Assert.Throws<ArgumentNullException>(() => new QuoteRequest(Site, RepairCategory.Unit, Reported, null!));
    }

    [Theory]
    [InlineData(RepairCategory.CommonArea, LocationKind.CommonArea)]
    [InlineData(RepairCategory.Unit, LocationKind.Unit)]
    [InlineData(RepairCategory.Water, LocationKind.Unit)]
    public void Location_kind_defaults_from_the_category(RepairCategory category, LocationKind expected) =>
        Assert.Equal(expected, new QuoteRequest(Site, category, Reported, []).LocationKind);

    [Fact]
    public void ToString_lists_category_site_date_and_items()
    {
        var request = Request(RepairCategory.Unit, new QuoteRequestItem("W-01", 2), new QuoteRequestItem("E-01"));
        Assert.Equal("Unit repair at SZ-VK-01 reported 2026-03-10: W-01×2, E-01×1", request.ToString());
    }
}
