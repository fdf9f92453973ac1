using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>One timed command of a scenario, checked against its command's arguments when the scenario was read.</summary>
public sealed class ScenarioStep
{
    private readonly IReadOnlyDictionary<string, JsonElement> _args;

    /// <summary>Creates a step.</summary>
    /// <param name="number">Its number, from 1.</param>
    /// <param name="at">When it happens.</param>
    /// <param name="person">Who does it (a key of the scenario's people or residents).</param>
    /// <param name="command">The command's name.</param>
    /// <param name="args">Its arguments.</param>
    public ScenarioStep(int number, Instant at, string person, string command, IReadOnlyDictionary<string, JsonElement> args)
    {
        Number = number;
        At = at;
        Person = person;
        Command = command;
        _args = args;
    }

    /// <summary>The step's number, from 1.</summary>
    public int Number { get; }

    /// <summary>When it happens.</summary>
    public Instant At { get; }

    /// <summary>Who does it.</summary>
    public string Person { get; }

    /// <summary>The command's name.</summary>
    public string Command { get; }

    /// <summary>Whether the step gives an argument.</summary>
    /// <param name="name">The argument.</param>
    /// <returns>True when given.</returns>
    public bool Has(string name) => _args.ContainsKey(name);

    /// <summary>A text argument, or null when not given.</summary>
    /// <param name="name">The argument.</param>
    /// <returns>The text.</returns>
    public string? Text(string name) => _args.TryGetValue(name, out var v) ? v.GetString() : null;

    /// <summary>A flag argument, or the default when not given.</summary>
    /// <param name="name">The argument.</param>
    /// <param name="otherwise">The default.</param>
    /// <returns>The flag.</returns>
    public bool Flag(string name, bool otherwise = false) => _args.TryGetValue(name, out var v) ? v.GetBoolean() : otherwise;

    /// <summary>A choice argument, or the default when not given.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="name">The argument.</param>
    /// <param name="otherwise">The default.</param>
    /// <returns>The value.</returns>
    public T Choice<T>(string name, T otherwise = default)
        where T : struct, Enum =>
        _args.TryGetValue(name, out var v) ? Enum.Parse<T>(v.GetString()!, ignoreCase: true) : otherwise;

    /// <summary>A list of texts, or empty when not given.</summary>
    /// <param name="name">The argument.</param>
    /// <returns>The texts.</returns>
    public IReadOnlyList<string> TextList(string name) =>
        _args.TryGetValue(name, out var v) ? [.. v.EnumerateArray().Select(e => e.GetString()!)] : [];

    /// <summary>A list of objects, or empty when not given.</summary>
    /// <param name="name">The argument.</param>
    /// <returns>The objects.</returns>
    public IReadOnlyList<JsonElement> Objects(string name) =>
        _args.TryGetValue(name, out var v) ? [.. v.EnumerateArray()] : [];

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"step {Number} {Command} by {Person}");
}
