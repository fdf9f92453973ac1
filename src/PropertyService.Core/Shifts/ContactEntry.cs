using NodaTime;

namespace PropertyService.Shifts;

/// <summary>One call or visit in a site's duty log, as logged and, once handled, how (CS-13, CS-14).</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ContactEntry
{
    internal ContactEntry(ContactLogged logged, ContactHandled? handled)
    {
        Logged = logged;
        Handled = handled;
    }

    /// <summary>The event that logged it.</summary>
    public ContactLogged Logged { get; }

    /// <summary>The event that recorded how it was handled, or null while it is open.</summary>
    public ContactHandled? Handled { get; }

    /// <summary>The entry's identifier.</summary>
    public string Id => Logged.EntryId;

    /// <summary>When the resident called or visited.</summary>
    public Instant At => Logged.OccurredAt;

    /// <summary>The book it is written in.</summary>
    public LogBook Book => Logged.Book;

    /// <summary>Whether it has been handled.</summary>
    public bool IsHandled => Handled is not null;

    /// <summary>The entry as text, such as <c>N-1 02:10Z NightDutyLog Call Repair from 王先生 3-2-701: leaking pipe (open)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Id} {At} {Book} {Logged.Kind} {Logged.Category} from {Logged.From}: {Logged.Summary} ({(Handled is null ? "open" : "handled: " + Handled.Handling)})";
}
