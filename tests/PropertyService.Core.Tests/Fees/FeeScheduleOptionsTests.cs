namespace PropertyService.Fees;

public class FeeScheduleOptionsTests
{
    [Fact]
    public void Default_ceiling_is_one_million_a_unit()
    {
        Assert.Equal(1_000_000m, FeeScheduleOptions.DefaultMaximumUnitPrice);
        Assert.Equal(FeeScheduleOptions.DefaultMaximumUnitPrice, new FeeScheduleOptions().MaximumUnitPrice);
        Assert.Equal(1_000_000m, FeeSchedule.CreateBuilder(FeeTestData.InForce).MaximumUnitPrice);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Ceiling_must_be_positive(int ceiling)
    {
        var options = new FeeScheduleOptions { MaximumUnitPrice = ceiling };

        var error = Assert.Throws<ArgumentException>(() => FeeSchedule.CreateBuilder(FeeTestData.InForce, "CNY", options));
        Assert.Equal($"The fee schedule options are invalid: MaximumUnitPrice must be positive, but was {ceiling}. (Parameter 'options')", error.Message);
        Assert.Equal("options", error.ParamName);
        Assert.Throws<ArgumentException>(() => FeeScheduleJson.Load("{}", options));
        Assert.Throws<ArgumentException>(() => FeeScheduleJson.Load(new MemoryStream(), options));
        Assert.Throws<ArgumentException>(() => FeeScheduleJson.LoadFile("no such file", options));
    }

    [Fact]
    public void A_smaller_ceiling_applies_to_the_loader_and_the_builder_alike()
    {
        var options = new FeeScheduleOptions { MaximumUnitPrice = 100m };
        const string json = """{ "inForceFrom": "2026-01-01", "items": [ { "code": "A-1", "name": "x", "categories": ["Unit"], "labour": 100, "material": 100.5 } ] }""";

        var load = Assert.Throws<FeeScheduleFormatException>(() => FeeScheduleJson.Load(json, options));
        Assert.Equal("Fee schedule item 0 (code \"A-1\"), field \"material\": 100.5 is above the ceiling of 100 per unit.", load.Message);
        Assert.Equal(Money.Yuan(100.5m), FeeScheduleJson.Load(json).Items[0].Material);

        var builder = FeeSchedule.CreateBuilder(FeeTestData.InForce, options: options);
        var item = new FeeScheduleItem("A-1", "x", [RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(100m), material: Money.Yuan(100.5m));
        var build = Assert.Throws<ArgumentException>(() => builder.Add(item));
        Assert.Equal("Fee schedule item A-1: material 100.5 is above the ceiling of 100 per unit. (Parameter 'item')", build.Message);
        Assert.Empty(builder.Items);
    }

    [Fact]
    public void Options_are_read_once_when_the_builder_starts()
    {
        var options = new FeeScheduleOptions { MaximumUnitPrice = 100m };
        var builder = FeeSchedule.CreateBuilder(FeeTestData.InForce, options: options);
        options.MaximumUnitPrice = 1m;

        builder.Add(new FeeScheduleItem("A-1", "x", [RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(100m)));
        Assert.Equal(100m, builder.MaximumUnitPrice);
    }
}
