using System.Text;
using System.Text.Json;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// The fields of one stored object (an actor, a quote line...): which it may have and which it must have. Reading
/// goes through <see cref="JsonRead.NextField"/>, which refuses unknown and repeated fields without allocating.
/// </summary>
/// <remarks>Immutable; shared by all threads.</remarks>
internal sealed class JsonFieldSet
{
    private readonly byte[][] _utf8;
    private readonly ulong _required;

    /// <summary>Describes an object's fields.</summary>
    /// <param name="owner">What the object is, for error messages (a CLR type name).</param>
    /// <param name="required">Fields that must be present (they may still hold null where the value allows it).</param>
    /// <param name="optional">Fields that may be left out; a missing one reads as null.</param>
    internal JsonFieldSet(string owner, string[] required, string[]? optional = null)
    {
        Owner = owner;
        Names = [.. required, .. optional ?? []];
        if (Names.Length > 64 || Names.Distinct(StringComparer.Ordinal).Count() != Names.Length)
        {
            throw new ArgumentException($"The fields of {owner} must be distinct and at most 64.", nameof(required));
        }

        _utf8 = [.. Names.Select(Encoding.UTF8.GetBytes)];
        _required = required.Length == 64 ? ulong.MaxValue : (1UL << required.Length) - 1;
    }

    /// <summary>What the object is, for error messages.</summary>
    internal string Owner { get; }

    /// <summary>The field names: the required ones first.</summary>
    internal string[] Names { get; }

    /// <summary>The index in <see cref="Names"/> of the property name the reader is on, or -1.</summary>
    internal int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Throws when a required field is not among <paramref name="seen"/> (a bit per index in <see cref="Names"/>).</summary>
    /// <exception cref="JsonException">A required field is missing.</exception>
    internal void CheckRequired(ulong seen)
    {
        var missing = _required & ~seen;
        if (missing != 0)
        {
            throw new JsonException($"The field \"{Names[System.Numerics.BitOperations.TrailingZeroCount(missing)]}\" of {Owner} is missing.");
        }
    }
}
