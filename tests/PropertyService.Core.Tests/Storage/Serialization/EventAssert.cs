using System.Collections;
using System.Reflection;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Compares events by everything they hold, not by their <c>Equals</c>: an actor's equality ignores its display name and
/// roles, money's ignores the scale (12.5 equals 12.50), a quote compares by reference, and a record holding a list
/// compares the list by reference.
/// </summary>
internal static class EventAssert
{
    /// <summary>Asserts that <paramref name="actual"/> has every public property of <paramref name="expected"/>, recursively, with the same value.</summary>
    internal static void SameState(object? expected, object? actual, string path = "event")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}.");
            return;
        }

        switch (expected)
        {
            case decimal d:
                var a = Assert.IsType<decimal>(actual);
                Assert.True(d == a && d.Scale == a.Scale, $"{path}: expected {d}, got {a}.");
                return;
            case string or bool or int or long or Enum:
                Assert.True(expected.GetType() == actual.GetType() && expected.Equals(actual), $"{path}: expected {expected}, got {actual}.");
                return;
            case IEnumerable items:
                Assert.True(actual is IEnumerable and not string, $"{path}: expected a list, got {actual}.");
                var left = items.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                Assert.True(left.Count == right.Count, $"{path}: expected {left.Count} items, got {right.Count}.");
                for (var i = 0; i < left.Count; i++)
                {
                    SameState(left[i], right[i], $"{path}[{i}]");
                }

                return;
        }

        // The runtime type of a list (an array, a read-only wrapper) is not part of the event; of anything else it is.
        var type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: expected a {type.Name}, got a {actual.GetType().Name}.");
        if (type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true)
        {
            Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}.");
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            SameState(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }

    /// <summary>
    /// Whether instances of <paramref name="type"/> compare equal when they hold equal values: value types, strings,
    /// classes with an <c>Equals</c> of their own, and records whose properties all do so.
    /// </summary>
    internal static bool HasValueEquality(Type type)
    {
        if (type.IsValueType || type == typeof(string))
        {
            return true;
        }

        if (type.IsInterface || type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType == typeof(object))
        {
            return false;
        }

        var isRecord = type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
        return !isRecord || type.GetProperties(BindingFlags.Public | BindingFlags.Instance).All(p => HasValueEquality(p.PropertyType));
    }
}
