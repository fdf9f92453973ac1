using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyService.Repairs;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores a <see cref="RepairRequest"/> as <c>{"channel", "resident", "contactPhone", "location", "category",
/// "description", "feeItemCodes": [...], "appointment", "residentSuppliesMaterials", "permissionToEnter",
/// "accessNotes", "unitOwners": [...]}</c>. A request may lack a resident, a phone number or a location (the ticket
/// refuses such a request, the request itself does not), so those may be null, as may the appointment and the access notes.
/// </summary>
internal sealed class RepairRequestConverter : JsonConverter<RepairRequest>
{
    /// <summary>The one instance.</summary>
    internal static readonly RepairRequestConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(
        nameof(RepairRequest),
        [JsonFields.Channel, JsonFields.Category, JsonFields.Description, JsonFields.FeeItemCodes, JsonFields.ResidentSuppliesMaterials,
            JsonFields.PermissionToEnter, JsonFields.UnitOwners],
        [JsonFields.Resident, JsonFields.ContactPhone, JsonFields.Location, JsonFields.Appointment, JsonFields.AccessNotes]);

    /// <inheritdoc/>
    public override RepairRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        var channel = RepairChannel.Call;
        var category = RepairCategory.Unit;
        Resident? resident = null;
        ContactPhone contactPhone = default;
        Location? location = null;
        string? description = null, accessNotes = null;
        List<string>? feeItemCodes = null;
        List<Resident>? unitOwners = null;
        Instant? appointment = null;
        bool residentSuppliesMaterials = false, permissionToEnter = false;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Channel: channel = JsonRead.Value(ref reader, EnumNameConverter<RepairChannel>.Instance, options, field); break;
                case JsonFields.Resident: resident = JsonRead.Optional(ref reader, ResidentConverter.Instance, options); break;
                case JsonFields.ContactPhone: contactPhone = ContactPhoneConverter.Instance.Read(ref reader, typeof(ContactPhone), options); break;
                case JsonFields.Location: location = JsonRead.Optional(ref reader, LocationConverter.Instance, options); break;
                case JsonFields.Category: category = JsonRead.Value(ref reader, EnumNameConverter<RepairCategory>.Instance, options, field); break;
                case JsonFields.Description: description = JsonRead.String(ref reader, field); break;
                case JsonFields.FeeItemCodes: feeItemCodes = JsonRead.Strings(ref reader, field); break;
                case JsonFields.Appointment: appointment = JsonRead.OptionalValue(ref reader, NodaConverters.InstantConverter, options); break;
                case JsonFields.ResidentSuppliesMaterials: residentSuppliesMaterials = JsonRead.Boolean(ref reader, field); break;
                case JsonFields.PermissionToEnter: permissionToEnter = JsonRead.Boolean(ref reader, field); break;
                case JsonFields.AccessNotes: accessNotes = JsonRead.String(ref reader, field); break;
                case JsonFields.UnitOwners: unitOwners = JsonRead.Array(ref reader, ResidentConverter.Instance, options, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new RepairRequest(channel, resident, contactPhone, location, category, description ?? throw JsonRead.NullWhereRequired(JsonFields.Description))
        {
            FeeItemCodes = feeItemCodes!,
            Appointment = appointment,
            ResidentSuppliesMaterials = residentSuppliesMaterials,
            PermissionToEnter = permissionToEnter,
            AccessNotes = accessNotes,
            UnitOwners = unitOwners!,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RepairRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Value(writer, JsonFields.Channel, value.Channel, EnumNameConverter<RepairChannel>.Instance, options);
        JsonWrite.Value(writer, JsonFields.Resident, value.Resident, ResidentConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.ContactPhone, value.ContactPhone, ContactPhoneConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.Location, value.Location, LocationConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.Category, value.Category, EnumNameConverter<RepairCategory>.Instance, options);
        JsonWrite.String(writer, JsonFields.Description, value.Description);
        JsonWrite.Strings(writer, JsonFields.FeeItemCodes, value.FeeItemCodes);
        JsonWrite.NullableValue(writer, JsonFields.Appointment, value.Appointment, NodaConverters.InstantConverter, options);
        writer.WriteBoolean(JsonFields.ResidentSuppliesMaterials, value.ResidentSuppliesMaterials);
        writer.WriteBoolean(JsonFields.PermissionToEnter, value.PermissionToEnter);
        JsonWrite.String(writer, JsonFields.AccessNotes, value.AccessNotes);
        JsonWrite.Array(writer, JsonFields.UnitOwners, value.UnitOwners, ResidentConverter.Instance, options);
        writer.WriteEndObject();
    }
}
