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

    [Fact]
    public void A_unit_without_detail_and_blank_detail_are_the_same()
    {
        var unit = new UnitAddress(" 3 ", null, " 1201 ");

        Assert.Equal("3", unit.Building);
        Assert.Null(unit.Entrance);
        Assert.Equal("1201", unit.Room);
        Assert.Null(Location.InUnit(unit).Description);
        Assert.Null(Location.InUnit(unit, " ").Description);
        Assert.Equal("kitchen", Location.InUnit(unit, " kitchen ").Description);
        Assert.Equal("Building 3, Room 1201", Location.InUnit(unit).ToString());
        Assert.Equal(Location.InUnit(unit), Location.InUnit(unit, ""));
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => Location.InUnit(null!)).ParamName);
    }

    [Fact]
    public void A_common_area_description_is_trimmed_and_required()
    {
        Assert.Equal("Pump room", Location.CommonArea("  Pump room ").Description);
        Assert.Equal("description", Assert.Throws<ArgumentNullException>(() => Location.CommonArea(null!)).ParamName);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => Location.CommonArea("")).ParamName);
        Assert.NotEqual(Location.CommonArea("Pump room"), Location.CommonArea("Lift lobby"));
    }

    [Fact]
    public void Unit_address_trims_each_part()
    {
        var unit = new UnitAddress(" A座 ", " 2 ", " 1201 ");

        Assert.Equal("A座", unit.Building);
        Assert.Equal("2", unit.Entrance);
        Assert.Equal("1201", unit.Room);
        Assert.Equal("Building A座, Entrance 2, Room 1201", unit.ToString());
        Assert.Equal("building", Assert.Throws<ArgumentNullException>(() => new UnitAddress(null!, null, "1")).ParamName);
        Assert.Equal("room", Assert.Throws<ArgumentException>(() => new UnitAddress("5", null, " ")).ParamName);
    }
}
