using System.Reflection;

namespace PropertyService.Storage.Serialization;

/// <summary>One stored field of an event type, as <see cref="EventContract"/> finds it.</summary>
/// <param name="Name">The JSON field name: the camelCase name of the parameter or property.</param>
/// <param name="Property">The public property the value is read from when writing.</param>
/// <param name="ParameterIndex">The position of the primary-constructor parameter it is passed to, or -1 for an <c>init</c> property set after construction.</param>
/// <param name="Nullable">Whether the value may be null (a nullable reference or a <see cref="Nullable{T}"/>); such a field may also be left out.</param>
internal sealed record EventField(string Name, PropertyInfo Property, int ParameterIndex, bool Nullable);
