namespace PropertyService;

public class LocationTests
{
    [Fact]
    public void A_unit_location_carries_its_address()
    {
        var unit = new UnitAddress("3", "2", "1201");
        var location = Location.InUnit(unit, "kitchen");

        Assert.Equal(LocationKind.Unit, location.Kind);
        Assert.Equal(unit, location.Unit);
        Assert.Equal("Building 3, Entrance 2, Room 1201 (kitchen)", location.ToString());
        Assert.Equal(location, Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen"));
    }

    [Fact]
    public void A_common_area_is_described()
    {
        var location = Location.CommonArea("Building 3 lift lobby");

        Assert.Equal(LocationKind.CommonArea, location.Kind);
        Assert.Null(location.Unit);
        Assert.Equal("Common area: Building 3 lift lobby", location.ToString());
        Assert.Throws<ArgumentException>(() => Location.CommonArea(" "));
    }

    [Fact]
    public void Unit_address_requires_building_and_room()
    {
        Assert.Equal("Building 5, Room 101", new UnitAddress("5", null, "101").ToString());
        Assert.Equal("building", Assert.Throws<ArgumentException>(() => new UnitAddress("", null, "101")).ParamName);
        Assert.Equal("room", Assert.Throws<ArgumentNullException>(() => new UnitAddress("5", null, null!)).ParamName);
        Assert.Equal("entrance", Assert.Throws<ArgumentException>(() => new UnitAddress("5", " ", "101")).ParamName);
    }
}
