using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// What is stored of an event type, found by reflection once per type: the parameters of its primary constructor
/// (in order; an event record's positional parameters, <c>aggregateId</c>, <c>version</c>, <c>occurredAt</c> and
/// <c>actor</c> first), then its public settable (<c>init</c>) properties that are not parameters, in ordinal order of
/// their names. Computed properties (<see cref="Repairs.RepairReported.Channel"/>) are not stored.
/// </summary>
/// <remarks>Immutable; built once per type and shared by all threads.</remarks>
internal sealed class EventContract
{
    private static readonly ConcurrentDictionary<Type, EventContract> Cache = new();
    private static readonly string[] CommonFields = [JsonFields.AggregateId, JsonFields.Version, JsonFields.OccurredAt, JsonFields.Actor];

    private EventContract(Type type, ConstructorInfo constructor, EventField[] fields)
    {
        Type = type;
        Constructor = constructor;
        Fields = fields;
    }

    /// <summary>The event type.</summary>
    internal Type Type { get; }

    /// <summary>Its primary constructor.</summary>
    internal ConstructorInfo Constructor { get; }

    /// <summary>The stored fields, in the order they are written: the constructor's parameters, then the <c>init</c> properties.</summary>
    internal IReadOnlyList<EventField> Fields { get; }

    /// <summary>The contract of <paramref name="type"/>, built on first use.</summary>
    /// <exception cref="InvalidOperationException">The type is not a concrete event type of the expected shape (one
    /// public constructor whose parameters are its properties, common fields first).</exception>
    internal static EventContract For(Type type) => Cache.GetOrAdd(type, Build);

    private static EventContract Build(Type type)
    {
        if (!typeof(DomainEvent).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new InvalidOperationException($"{type.FullName} is not a concrete event type.");
        }

        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        if (constructors.Length != 1)
        {
            throw new InvalidOperationException($"The event type {type.FullName} must have exactly one public constructor (its primary constructor) to be stored, but has {constructors.Length}.");
        }

        var nullability = new NullabilityInfoContext();
        var fields = new List<EventField>();
        var parameters = constructors[0].GetParameters();
        foreach (var parameter in parameters)
        {
            var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance);
            if (property?.GetMethod is null || property.PropertyType != parameter.ParameterType)
            {
                throw new InvalidOperationException(
                    $"The constructor parameter {parameter.Name} of the event type {type.FullName} has no public property of the same name and type, so it cannot be stored.");
            }

            fields.Add(new EventField(NameOf(parameter.Name!), property, parameter.Position, AllowsNull(parameter.ParameterType, nullability.Create(parameter).WriteState)));
        }

        var parameterNames = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && !parameterNames.Contains(p.Name))
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            fields.Add(new EventField(NameOf(property.Name), property, -1, AllowsNull(property.PropertyType, nullability.Create(property).WriteState)));
        }

        if (!fields.Take(CommonFields.Length).Select(f => f.Name).SequenceEqual(CommonFields, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"The primary constructor of the event type {type.FullName} must start with the common fields ({string.Join(", ", CommonFields)}).");
        }

        if (fields.Count > 64 || fields.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != fields.Count)
        {
            throw new InvalidOperationException($"The stored fields of the event type {type.FullName} must have distinct names and be at most 64.");
        }

        return new EventContract(type, constructors[0], [.. fields]);
    }

    private static string NameOf(string clrName) => JsonNamingPolicy.CamelCase.ConvertName(clrName);

    private static bool AllowsNull(Type type, NullabilityState state) =>
        type.IsValueType ? Nullable.GetUnderlyingType(type) is not null : state != NullabilityState.NotNull;
}
