using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>Gives every concrete event type an <see cref="EventConverter{TEvent}"/> built from its <see cref="EventContract"/>.</summary>
internal sealed class EventConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(DomainEvent).IsAssignableFrom(typeToConvert) && !typeToConvert.IsAbstract;

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(EventConverter<>).MakeGenericType(typeToConvert),
            BindingFlags.NonPublic | BindingFlags.Instance,
            binder: null,
            args: [EventContract.For(typeToConvert)],
            culture: null)!;
}
