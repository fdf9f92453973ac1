namespace PropertyService.Samples.Web.Shifts;

/// <summary>One book of one day: the contact register of a date, or the night duty log of the night that starts on it.</summary>
public sealed record DutyLogBookView(string Site, string Book, string Date, IReadOnlyList<ContactEntryView> Entries);
