namespace PropertyService.Samples.Web.Shifts;

/// <summary>One shift of the roster: its name, the date it starts on, the role it needs, its local hours
/// (<see cref="From"/>, <see cref="To"/>: <c>yyyy-MM-ddTHH:mm</c> at the site), the same as instants, the people on duty
/// and how many more it needs.</summary>
public sealed record ShiftView(string Name, string Date, string Role, string From, string To, string Start, string End, IReadOnlyList<PersonView> People, int Missing);
