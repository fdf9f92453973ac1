using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// The person served (业主 / 住户): an owner or an occupant of a unit.
/// Only an owner (or an authorised agent) accepts a fee or signs off work.
/// </summary>
/// <remarks>Immutable value with value equality; safe to share between threads.</remarks>
public sealed record Resident
{
    /// <summary>Creates a resident.</summary>
    /// <param name="name">The resident's name as they give it.</param>
    /// <param name="phone">The contact phone number; must not be <c>default</c>.</param>
    /// <param name="isOwner">Whether the resident is the unit's owner (or an authorised agent).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or <paramref name="phone"/> is empty.</exception>
    public Resident(string name, ContactPhone phone, bool isOwner)
    {
        Name = Preconditions.CheckNotBlank(name).Trim();
        if (phone.IsEmpty)
        {
            throw new ArgumentException("A resident needs a contact phone number.", nameof(phone));
        }

        Phone = phone;
        IsOwner = isOwner;
    }

    /// <summary>The resident's name.</summary>
    public string Name { get; }

    /// <summary>The resident's contact phone number.</summary>
    public ContactPhone Phone { get; }

    /// <summary>Whether the resident is the owner (or an authorised agent) and so may accept fees and sign off work.</summary>
    public bool IsOwner { get; }

    /// <summary>
    /// The resident's identifier in the host's resident register: the <see cref="Actor.Id"/> the resident acts under
    /// (the app, a signature pad). A resident acting on a repair must be its resident or a recorded owner of the
    /// unit, matched by this identifier (RP-14, RP-16). Null when unknown: such a resident cannot act through the
    /// library themselves; an officer may still record their answer to a quote.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a blank string.</exception>
    public string? Id
    {
        get => _id;
        init => _id = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Id)).Trim();
    }

    private readonly string? _id;

    /// <summary>Formats the resident for logs, with the phone number masked.</summary>
    public override string ToString() => $"{Name} ({(Id is null ? string.Empty : Id + ", ")}{Phone.Masked}{(IsOwner ? ", owner" : string.Empty)})";
}
