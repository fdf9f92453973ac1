using NodaTime;

namespace PropertyService.Repairs;

/// <summary>
/// What the resident reported: the details the repair-log entry (RP-08) and the work order (RP-09) record.
/// </summary>
/// <remarks>
/// Immutable. Construction never fails; <see cref="RepairTicket.Report(string, RepairRequest, Actor, NodaTime.Instant)"/> checks the request and rejects one
/// without a contact phone or a location (RP-09) or without a description (RP-08).
/// </remarks>
public sealed record RepairRequest
{
    /// <summary>Creates a repair request.</summary>
    /// <param name="channel">How the request arrived (CS-13).</param>
    /// <param name="resident">Who reported it; required for a repair in a unit, optional for a common area.</param>
    /// <param name="contactPhone">The number to call back (RP-09); <c>default</c> means missing.</param>
    /// <param name="location">The unit or common area (RP-09); null means missing.</param>
    /// <param name="category">Which kind of repair (RP-04…RP-07).</param>
    /// <param name="description">What is broken, in the resident's words.</param>
    public RepairRequest(RepairChannel channel, Resident? resident, ContactPhone contactPhone, Location? location, RepairCategory category, string description)
    {
        Channel = channel;
        Resident = resident;
        ContactPhone = contactPhone;
        Location = location;
        Category = category;
        Description = description ?? string.Empty;
    }

    /// <summary>How the request arrived (CS-13).</summary>
    public RepairChannel Channel { get; }

    /// <summary>Who reported it; null for a common-area repair reported without a resident.</summary>
    public Resident? Resident { get; }

    /// <summary>The number to call back (RP-09).</summary>
    public ContactPhone ContactPhone { get; }

    /// <summary>The unit or common area (RP-09).</summary>
    public Location? Location { get; }

    /// <summary>Which kind of repair (RP-04…RP-07).</summary>
    public RepairCategory Category { get; }

    /// <summary>What is broken.</summary>
    public string Description { get; }

    /// <summary>Fee-schedule item codes named at the report, if any; empty when the resident only said what is wrong.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<string> FeeItemCodes
    {
        get => _feeItemCodes;
        init => _feeItemCodes = Array.AsReadOnly(Utility.Preconditions.CheckNotNull(value, nameof(FeeItemCodes)).ToArray());
    }

    private readonly IReadOnlyList<string> _feeItemCodes = [];

    /// <summary>The agreed appointment (RP-13), or null for "as soon as possible" (RP-12).</summary>
    public Instant? Appointment { get; init; }

    /// <summary>Whether the resident supplies the materials, which the technician must check (RP-15).</summary>
    public bool ResidentSuppliesMaterials { get; init; }

    /// <summary>Whether the technician may enter the unit when nobody is at home.</summary>
    public bool PermissionToEnter { get; init; }

    /// <summary>Notes on access (key with the neighbour, dog in the flat…), or null.</summary>
    public string? AccessNotes { get; init; }

    /// <summary>
    /// The unit's owners as the site's register records them, besides <see cref="Resident"/>: any of them may accept a
    /// quote or sign off the work (RP-14, RP-16). Each must be an owner; empty when only the reporting resident acts.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or to a list holding null.</exception>
    public IReadOnlyList<Resident> UnitOwners
    {
        get => _unitOwners;
        init => _unitOwners = Array.AsReadOnly(Utility.Preconditions.CheckNotNull(value, nameof(UnitOwners)).Select(o => Utility.Preconditions.CheckNotNull(o, nameof(UnitOwners))).ToArray());
    }

    private readonly IReadOnlyList<Resident> _unitOwners = [];
}
