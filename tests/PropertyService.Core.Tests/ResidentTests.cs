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

    [Fact]
    public void Name_is_trimmed_and_a_tenant_is_not_called_owner()
    {
        var phone = ContactPhone.Parse("010-12345678");
        var resident = new Resident("  张先生 ", phone, isOwner: false);

        Assert.Equal("张先生", resident.Name);
        Assert.Equal(phone, resident.Phone);
        Assert.False(resident.IsOwner);
        Assert.Equal("张先生 (010-****5678)", resident.ToString());
        Assert.Equal(resident, new Resident("张先生", ContactPhone.Parse("(010) 1234 5678"), false));
        Assert.NotEqual(resident, new Resident("张先生", phone, true));
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Resident(null!, phone, true)).ParamName);
        Assert.Equal("A resident needs a contact phone number. (Parameter 'phone')", Assert.Throws<ArgumentException>(() => new Resident("张先生", default, true)).Message);
    }
}
