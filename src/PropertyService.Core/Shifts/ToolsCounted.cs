using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// The tools were counted against the inventory (CS-18): which were there, which loans were on record, and who answers
/// for each missing tool at its price (CS-10).
/// </summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who counted: the outgoing or incoming person.</param>
/// <param name="Expected">The inventory's tools at the count.</param>
/// <param name="Counted">The codes of the tools found.</param>
/// <param name="Loans">The loans on record at the count.</param>
/// <param name="Losses">Each expected tool not found and who answers for it.</param>
/// <exception cref="ArgumentNullException">A list or one of its elements is null.</exception>
[EventType("shift.tools-counted")]
public sealed record ToolsCounted(
    string AggregateId, int Version, Instant OccurredAt, Actor Actor,
    IReadOnlyList<Tool> Expected, IReadOnlyList<string> Counted, IReadOnlyList<ToolLoan> Loans, IReadOnlyList<ToolLoss> Losses)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The inventory's tools at the count.</summary>
    public IReadOnlyList<Tool> Expected { get; } = Copy(Expected);

    /// <summary>The codes of the tools found.</summary>
    public IReadOnlyList<string> Counted { get; } = Copy(Counted);

    /// <summary>The loans on record at the count.</summary>
    public IReadOnlyList<ToolLoan> Loans { get; } = Copy(Loans);

    /// <summary>Each expected tool not found and who answers for it (CS-10, CS-18).</summary>
    public IReadOnlyList<ToolLoss> Losses { get; } = Copy(Losses);

    private static IReadOnlyList<T> Copy<T>(IReadOnlyList<T> list, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(list))] string? name = null)
        where T : class =>
        Array.AsReadOnly(Preconditions.CheckNotNull(list, name).Select((x, i) => x ?? throw new ArgumentNullException(name, $"{name}[{i}] is null.")).ToArray());
}
