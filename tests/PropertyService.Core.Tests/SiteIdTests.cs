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

    [Fact]
    public void Value_equality_and_hashing()
    {
        var site = new SiteId("SZ-VK-01");

        Assert.Equal("SZ-VK-01", site.Value);
        Assert.False(site.IsEmpty);
        Assert.Equal(string.Empty, default(SiteId).Value);
        Assert.Equal(string.Empty, default(SiteId).ToString());
        Assert.True(site == new SiteId("SZ-VK-01"));
        Assert.False(site != new SiteId("SZ-VK-01"));
        Assert.True(site != new SiteId("SZ-VK-02"));
        Assert.True(site.Equals((object)new SiteId("SZ-VK-01")));
        Assert.False(site.Equals((object)"SZ-VK-01"));
        Assert.Equal(site.GetHashCode(), new SiteId(" SZ-VK-01").GetHashCode());
        Assert.Equal(default(SiteId).GetHashCode(), default(SiteId).GetHashCode());
        Assert.NotEqual(site, default);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new SiteId("")).ParamName);
    }
}
