using System.Collections.Concurrent;
using static PropertyService.HelpRequests.HelpRequestFixture;

namespace PropertyService.HelpRequests;

/// <summary>A help request is single-threaded by design: a second thread is told so instead of corrupting it.</summary>
public class HelpRequestConcurrencyTests
{
    [Fact]
    public void Eight_threads_commanding_one_request_either_succeed_in_turn_or_are_told_it_is_in_use()
    {
        var f = new HelpRequestFixture();
        var request = f.InProgress();
        var at = f.Now;
        var loaded = request.Version;
        var succeeded = new ConcurrentBag<IReadOnlyList<DomainEvent>>();
        var refused = new ConcurrentBag<string>();
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 500; i++)
            {
                try
                {
                    // A supervisor may pass ownership whoever owns the request; a query runs in between.
                    var target = (i + t) % 2 == 0 ? OtherOfficer : Officer;
                    var result = request.TransferOwnership(Supervisor, target, "Handover", at);
                    if (result.IsSuccess)
                    {
                        succeeded.Add(result.Value);
                    }

                    _ = request.PermittedActions(Officer);
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
            "The request H-1 is already in use by another command. An aggregate is single-threaded: command it from one thread at a time (load one instance per unit of work).",
            message));
        var recorded = succeeded.SelectMany(e => e).OrderBy(e => e.Version).ToList();
        Assert.NotEmpty(recorded);
        Assert.Equal(recorded, request.Events.Skip(loaded));
        Assert.Equal(Enumerable.Range(loaded + 1, recorded.Count), recorded.Select(e => e.Version));
        Assert.Equal(HelpRequestSnapshot.Of(request), HelpRequestSnapshot.Of(HelpRequest.FromEvents(request.Events)));
    }

    [Fact]
    public void A_request_is_free_again_after_a_command_that_threw()
    {
        var f = new HelpRequestFixture();
        var request = f.InProgress();

        Assert.Throws<ArgumentOutOfRangeException>(() => request.Escalate(Officer, (Role)42, "?", f.Now));
        Assert.Throws<ArgumentNullException>(() => request.TransferOwnership(Officer, null!, "?", f.Now));

        f.Ok(request.Answer(Officer, "Yes", f.Now));
    }
}
