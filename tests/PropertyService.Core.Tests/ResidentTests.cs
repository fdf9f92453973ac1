namespace PropertyService;

public class ResidentTests
{
    [Fact]
    public void Needs_a_name_and_a_phone_and_masks_it_in_logs()
    {
        var resident = new Resident("李女士", ContactPhone.Parse("13812345678"), isOwner: true);

        Assert.True(resident.IsOwner);
        Assert.Equal("李女士 (138****5678, owner)", resident.ToString());
        Assert.Equal("phone", Assert.Throws<ArgumentException>(() => new Resident("李女士", default, true)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Resident(" ", ContactPhone.Parse("13812345678"), true)).ParamName);
    }
}
