namespace PropertyService;

public class SiteIdTests
{
    [Fact]
    public void Trims_and_compares_ordinally()
    {
        Assert.Equal(new SiteId("SZ-01"), new SiteId(" SZ-01 "));
        Assert.NotEqual(new SiteId("SZ-01"), new SiteId("sz-01"));
        Assert.True(default(SiteId).IsEmpty);
        Assert.Equal("SZ-01", new SiteId("SZ-01").ToString());
    }

    [Fact]
    public void Blank_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new SiteId(" "));
        Assert.Throws<ArgumentNullException>(() => new SiteId(null!));
    }
}
