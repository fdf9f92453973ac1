using NodaTime;

namespace PropertyService.Shifts;

/// <summary>
/// Hands out the turns of each rotating shift date by date (CS-12): those with the fewest turns of the shift so far
/// first, then whoever has waited longest, then rotation order; nobody on a day off. Without days off, turns of a shift
/// therefore differ by at most one between any two people of its rotation.
/// </summary>
internal sealed class RotationPlan
{
    private readonly IReadOnlyDictionary<string, Actor[]> _rotations;
    private readonly HashSet<(Actor Person, LocalDate Date)> _daysOff;
    private readonly Dictionary<(string Shift, Actor Person), (int Turns, int LastTurn)> _turns = [];
    private int _sequence;

    internal RotationPlan(IReadOnlyDictionary<string, Actor[]> rotations, HashSet<(Actor Person, LocalDate Date)> daysOff)
    {
        _rotations = rotations;
        _daysOff = daysOff;
    }

    /// <summary>The people for <paramref name="template"/> on <paramref name="date"/>: up to its staff from its rotation,
    /// none when it has no rotation.</summary>
    internal Actor[] Pick(LocalDate date, ShiftTemplate template)
    {
        if (!_rotations.TryGetValue(template.Name, out var rotation))
        {
            return [];
        }

        var picked = rotation
            .Select((person, order) => (person, order, turns: Turns(template.Name, person)))
            .Where(c => !_daysOff.Contains((c.person, date)))
            .OrderBy(c => c.turns.Turns)
            .ThenBy(c => c.turns.LastTurn)
            .ThenBy(c => c.order)
            .Take(template.Staff)
            .Select(c => c.person)
            .ToArray();
        return Count(template.Name, picked);
    }

    /// <summary>Counts the turns of people put on a shift, by rotation or by hand, and returns them.</summary>
    internal Actor[] Count(string shiftName, Actor[] people)
    {
        foreach (var person in people)
        {
            var (turns, _) = Turns(shiftName, person);
            _turns[(shiftName, person)] = (turns + 1, ++_sequence);
        }

        return people;
    }

    // Never had a turn: the longest wait of all.
    private (int Turns, int LastTurn) Turns(string shiftName, Actor person) =>
        _turns.TryGetValue((shiftName, person), out var turns) ? turns : (0, 0);
}
