using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores an <see cref="Actor"/> as <c>{"id", "displayName", "site", "roles": ["Officer", ...]}</c>: all of it, display
/// name and roles included, although an actor's equality ignores them.
/// </summary>
internal sealed class ActorConverter : JsonConverter<Actor>
{
    /// <summary>The one instance.</summary>
    internal static readonly ActorConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(Actor), [JsonFields.Id, JsonFields.DisplayName, JsonFields.Site, JsonFields.Roles]);

    /// <inheritdoc/>
    public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? id = null, displayName = null;
        SiteId site = default;
        List<Role>? roles = null;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Id: id = JsonRead.String(ref reader, field); break;
                case JsonFields.DisplayName: displayName = JsonRead.String(ref reader, field); break;
                case JsonFields.Site: site = SiteIdConverter.Instance.Read(ref reader, typeof(SiteId), options); break;
                case JsonFields.Roles: roles = JsonRead.Array(ref reader, EnumNameConverter<Role>.Instance, options, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new Actor(id!, displayName!, site, roles!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.Id, value.Id);
        JsonWrite.String(writer, JsonFields.DisplayName, value.DisplayName);
        JsonWrite.Value(writer, JsonFields.Site, value.Site, SiteIdConverter.Instance, options);
        JsonWrite.Array(writer, JsonFields.Roles, value.Roles, EnumNameConverter<Role>.Instance, options);
        writer.WriteEndObject();
    }
}
