using System.Collections.Concurrent;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

/// <summary>A handover is single-threaded by design: a second thread is told so instead of corrupting it.</summary>
public class ShiftHandoverConcurrencyTests
{
    [Fact]
    public void Eight_threads_inspecting_and_tidying_one_post_either_succeed_in_turn_or_are_told_it_is_in_use_CS19()
    {
        var f = new HandoverFixture();
        var handover = f.Schedule();
        f.Record(handover.Arrive(Li, f.Now));
        f.Record(handover.HandOverItems(Chen, [], f.Now));
        f.Record(handover.CountTools(Li, f.Inventory, f.Inventory.Tools.Select(t => t.Code), f.Now));
        var at = f.Now;
        var loaded = handover.Version;
        var succeeded = new ConcurrentBag<IReadOnlyList<DomainEvent>>();
        var refused = new ConcurrentBag<string>();
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 300; i++)
            {
                try
                {
                    var result = (i + t) % 2 == 0 ? handover.InspectPost(Li, false, "Desk untidy", at) : handover.TidyPost(Chen, at);
                    if (result.IsSuccess)
                    {
                        succeeded.Add(result.Value);
                    }

                    _ = handover.PermittedActions(Li);
                }
                catch (InvalidOperationException e)
                {
                    refused.Add(e.Message);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.All(refused, message => Assert.Equal(
            "The handover HO-1 is already in use by another command. An aggregate is single-threaded: command it from one thread at a time (load one instance per unit of work).",
            message));
        var recorded = succeeded.SelectMany(e => e).OrderBy(e => e.Version).ToList();
        Assert.NotEmpty(recorded);
        Assert.Equal(recorded, handover.Events.Skip(loaded));
        Assert.Equal(HandoverFixture.Snapshot(handover), HandoverFixture.Snapshot(ShiftHandover.FromEvents(handover.Events)));
    }
}
