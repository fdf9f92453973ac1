using PropertyService;

// A resident calls the service center. The officer on duty records who called and where (RP-08),
// and the library keeps the phone number normalised and masked in logs.
var site = new SiteId("SZ-VK-01");
var officer = new Actor("E1001", "王小明", site, Role.Officer);
var resident = new Resident("李女士", ContactPhone.Parse("138 1234 5678"), isOwner: true);
var location = Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen");

Console.WriteLine($"Site {site}: {officer.DisplayName} receives a call from {resident}.");
Console.WriteLine($"Location: {location}");
Console.WriteLine($"Phone for the work order: {resident.Phone.Format()}");

// Bad input is refused with a message that says what is accepted.
if (!ContactPhone.TryParse("12345", out _, out var error))
{
    Console.WriteLine($"Refused: {error}");
}

// Money is exact, rounds half away from zero (四舍五入) and never goes negative.
var labour = Money.Yuan(30m);
var material = Money.Yuan(12.345m).Round();
Console.WriteLine($"Washer replacement: {labour} labour + {material} material = {labour + material}");
