using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// A company tool or instrument kept at the service center and counted at every handover (CS-18), with the price it is
/// replaced at when lost or damaged (照价赔偿, CS-10).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Tool : IEquatable<Tool>
{
    /// <summary>Creates a tool.</summary>
    /// <param name="code">The tool's code, unique in its inventory, such as <c>MM-01</c>.</param>
    /// <param name="name">What it is, such as <c>万用表 multimeter</c>.</param>
    /// <param name="replacementPrice">What it costs to replace (CS-10); <see cref="Money"/> is never negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is blank.</exception>
    public Tool(string code, string name, Money replacementPrice)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        ReplacementPrice = replacementPrice;
    }

    /// <summary>The tool's code.</summary>
    public string Code { get; }

    /// <summary>What it is.</summary>
    public string Name { get; }

    /// <summary>What it costs to replace (CS-10).</summary>
    public Money ReplacementPrice { get; }

    /// <inheritdoc/>
    public bool Equals(Tool? other) => other is not null && Code == other.Code && Name == other.Name && ReplacementPrice == other.ReplacementPrice;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Tool);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Name, ReplacementPrice);

    /// <summary>The tool as text, such as <c>MM-01 万用表 (¥380.00)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Name} ({ReplacementPrice})";
}
