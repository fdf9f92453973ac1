using System.Runtime.ExceptionServices;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PropertyService.Repairs;

namespace PropertyService.Storage;

/// <summary>Random data of several sites in one store: no read or query of one site ever returns another's rows.</summary>
public abstract partial class EventStoreContractTests
{
    private static readonly SiteId[] Sites = [new("SZ-01"), new("GZ-02"), new("SH-03")];
    private static readonly string[] States = ["Reported", "WorkOrderIssued", "Closed"];
    private static readonly string[] Owners = ["O1", "O2", "T1"];

    /// <summary>One stream of the random data: its site, identifier, and the status its appender gave.</summary>
    public sealed record Row(int Site, int Stream, int State, int Owner, int? DueMinutes);

    private static Arbitrary<Row[]> RowsArbitrary() =>
        (from site in Gen.Choose(0, Sites.Length - 1)
         from stream in Gen.Choose(0, 5)
         from state in Gen.Choose(0, States.Length - 1)
         from owner in Gen.Choose(0, Owners.Length - 1)
         from due in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 60).Select(m => (int?)m))
         select new Row(site, stream, state, owner, due))
        .ArrayOf()
        .Select(rows => rows.DistinctBy(r => (r.Site, r.Stream)).ToArray())
        .ToArbitrary();

    /// <summary>
    /// Checks <paramref name="property"/> on <paramref name="maxTest"/> random values, as <c>[Property(MaxTest = n)]</c>
    /// would, throwing on failure; but a <see cref="SkipException"/> from the store (no server) skips the test.
    /// FsCheck takes every exception of the body for a falsified property, so the skip is caught on its way through
    /// FsCheck and thrown again once FsCheck gives up, for <c>[SkippableFact]</c> to report.
    /// </summary>
    private static void CheckSkippable<T>(Arbitrary<T> arbitrary, int maxTest, Action<T> property)
    {
        SkipException? skipped = null;
        try
        {
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true), Prop.ForAll(arbitrary, (T value) =>
            {
                try
                {
                    property(value);
                }
                catch (SkipException e)
                {
                    skipped ??= e;
                    throw;
                }
            }));
        }
        catch (Exception) when (skipped is not null)
        {
            ExceptionDispatchInfo.Throw(skipped);
        }
    }

    [SkippableFact]
    public void No_read_or_query_of_a_site_returns_another_sites_rows() => CheckSkippable(RowsArbitrary(), maxTest: 25, rows =>
    {
        var store = CreateStore();
        foreach (var row in rows)
        {
            var site = Sites[row.Site];
            var id = $"RT-{row.Stream}";
            var ticket = Ticket(id, new Actor(Owners[row.Owner], "某人", site, Role.Officer));
            var status = new StreamStatus(RepairTicket.AggregateType, States[row.State], Owners[row.Owner], row.DueMinutes is { } m ? RepairFixture.Start + Duration.FromMinutes(m) : null);
            Assert.True(store.AppendAsync(new AppendRequest(site, id, 0, ticket.Events, status)).AsTask().GetAwaiter().GetResult().IsSuccess);
        }

        var due = RepairFixture.Start + Duration.FromMinutes(30);
        for (var s = 0; s < Sites.Length; s++)
        {
            var site = Sites[s];
            var mine = rows.Where(r => r.Site == s).ToArray();
            string[] Expected(Func<Row, bool> filter) => [.. mine.Where(filter).Select(r => $"RT-{r.Stream}").Order(StringComparer.Ordinal)];
            string[] Actual(StreamQuery query)
            {
                var found = store.QueryAsync(site, query).AsTask().GetAwaiter().GetResult();
                Assert.All(found, f => Assert.Equal(site, f.Site));
                return [.. found.Select(f => f.StreamId).Order(StringComparer.Ordinal)];
            }

            Assert.Equal(Expected(_ => true), Actual(new StreamQuery()));
            Assert.Equal(Expected(r => r.State == 0), Actual(new StreamQuery { States = [States[0]] }));
            Assert.Equal(Expected(r => r.Owner == 1), Actual(new StreamQuery { Owner = Owners[1] }));
            Assert.Equal(Expected(r => r.DueMinutes < 30), Actual(new StreamQuery { DueBefore = due }));
            var events = store.ReadSiteAsync(site).AsTask().GetAwaiter().GetResult();
            Assert.Equal(mine.Length, events.Count);
            Assert.All(events, e => Assert.Equal((site, site), (e.Site, e.Event.Actor.Site)));
            foreach (var row in rows.Where(r => r.Site != s))
            {
                var theirs = store.ReadAsync(site, $"RT-{row.Stream}").AsTask().GetAwaiter().GetResult();
                Assert.All(theirs, e => Assert.Equal(site, e.Event.Actor.Site));
            }
        }
    });
}
