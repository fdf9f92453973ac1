using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="Resident"/> as <c>{"name", "phone", "isOwner", "id"}</c>; the id may be null.</summary>
internal sealed class ResidentConverter : JsonConverter<Resident>
{
    /// <summary>The one instance.</summary>
    internal static readonly ResidentConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(Resident), [JsonFields.Name, JsonFields.Phone, JsonFields.IsOwner], [JsonFields.Id]);

    /// <inheritdoc/>
    public override Resident Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? name = null, id = null;
        ContactPhone phone = default;
        var isOwner = false;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Name: name = JsonRead.String(ref reader, field); break;
                case JsonFields.Phone: phone = ContactPhoneConverter.Instance.Read(ref reader, typeof(ContactPhone), options); break;
                case JsonFields.IsOwner: isOwner = JsonRead.Boolean(ref reader, field); break;
                case JsonFields.Id: id = JsonRead.String(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new Resident(name!, phone, isOwner) { Id = id };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Resident value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.Name, value.Name);
        JsonWrite.Value(writer, JsonFields.Phone, value.Phone, ContactPhoneConverter.Instance, options);
        writer.WriteBoolean(JsonFields.IsOwner, value.IsOwner);
        JsonWrite.String(writer, JsonFields.Id, value.Id);
        writer.WriteEndObject();
    }
}
