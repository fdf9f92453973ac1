using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

public class FeeScheduleBuilderTests
{
    private static FeeScheduleItem Item(string code, decimal labour = 10m, decimal? max = null, decimal material = 0m, string currency = "CNY") =>
        new(code, "x", [RepairCategory.Unit], FeeUnit.PerItem, new Money(labour, currency), max is { } m ? new Money(m, currency) : null, material: new Money(material, currency));

    [Fact]
    public void Duplicate_code_is_refused_and_the_builder_is_unchanged()
    {
        var builder = FeeSchedule.CreateBuilder(InForce).Add(Item("A-1"));

        var error = Assert.Throws<ArgumentException>(() => builder.Add(Item("A-1", 20m)));

        Assert.Equal("Fee schedule item A-1: code is a duplicate; each code may appear once. (Parameter 'item')", error.Message);
        Assert.Equal(10m, Assert.Single(builder.Items).Labour.Amount);
    }

    [Fact]
    public void Item_in_another_currency_is_refused()
    {
        var builder = FeeSchedule.CreateBuilder(InForce, "HKD");

        var error = Assert.Throws<ArgumentException>(() => builder.Add(Item("A-1")));

        Assert.Equal("Fee schedule item A-1: labour is in CNY, but the schedule is in HKD. (Parameter 'item')", error.Message);
        Assert.Empty(builder.Items);
    }

    [Theory]
    [InlineData(1_000_000.01, null, 0, "labour 1000000.01")]
    [InlineData(10, 1_000_000.01, 0, "labourMax 1000000.01")]
    [InlineData(10, null, 1_000_001, "material 1000001")]
    public void Price_above_the_ceiling_is_refused_as_the_loader_refuses_it(decimal labour, double? max, decimal material, string what)
    {
        var builder = FeeSchedule.CreateBuilder(InForce);

        var error = Assert.Throws<ArgumentException>(() => builder.Add(Item("A-1", labour, (decimal?)max, material)));

        Assert.Equal($"Fee schedule item A-1: {what} is above the ceiling of 1000000 per unit. (Parameter 'item')", error.Message);
        Assert.Empty(builder.Items);
        builder.Add(Item("A-2", 1_000_000m, 1_000_000m, 1_000_000m));
        Assert.Single(builder.Items);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("RMB")]
    public void Unknown_currency_is_refused_as_the_loader_refuses_it(string currency)
    {
        var error = Assert.Throws<ArgumentException>(() => FeeSchedule.CreateBuilder(InForce, currency));
        Assert.Equal($"Fee schedule currency: \"{currency}\" is not a known ISO 4217 currency code (such as CNY, HKD, MOP, TWD, USD or EUR). (Parameter 'currency')", error.Message);
    }

    [Fact]
    public void AddRange_adds_in_order_and_Build_keeps_the_order_trims_the_name_and_indexes_by_code()
    {
        var builder = FeeSchedule.CreateBuilder(InForce).AddRange([Item("B-2"), Item("A-1")]);
        builder.Name = "  2026 prices ";

        var schedule = builder.Build();
        builder.Add(Item("C-3"));

        Assert.Equal(["B-2", "A-1"], schedule.Items.Select(i => i.Code));
        Assert.Equal("2026 prices", schedule.Name);
        Assert.True(schedule.Contains("A-1"));
        Assert.False(schedule.Contains("C-3"));
        Assert.Equal("2026 prices in force from 2026-01-01: 2 items in CNY", schedule.ToString());
        builder.Name = " ";
        Assert.Null(builder.Build().Name);
        Assert.Equal("Fee schedule in force from 2026-01-01: 3 items in CNY", builder.Build().ToString());
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void Adding_many_items_is_linear_each_code_is_checked_with_one_hash_look_up()
    {
        // 100,000 items: a scan per item would make five billion comparisons; a hash look-up makes it instant.
        var builder = FeeSchedule.CreateBuilder(InForce);
        for (var i = 0; i < 100_000; i++)
        {
            builder.Add(Item($"X-{i}"));
        }

        var schedule = builder.Build();
        Assert.Equal(100_000, schedule.Count);
        Assert.True(schedule.TryGetItem("X-99999", out var last) && last.Code == "X-99999");
        Assert.Throws<ArgumentException>(() => builder.Add(Item("X-50000")));
    }
}
