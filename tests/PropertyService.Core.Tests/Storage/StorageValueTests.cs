using PropertyService.Repairs;

namespace PropertyService.Storage;

public sealed class StorageValueTests
{
    [Fact]
    public void An_append_result_is_a_version_or_a_conflict_and_default_is_neither()
    {
        var appended = AppendResult.Appended(3);
        Assert.True(appended.IsSuccess);
        Assert.Equal(3, appended.Version);
        Assert.Equal("Appended: version 3", appended.ToString());

        var conflict = new ConcurrencyConflict(RepairFixture.Site, "RT-1", 2, 4);
        var refused = AppendResult.Refused(conflict);
        Assert.Same(conflict, refused.Conflict);
        Assert.Equal("Conflict: SZ-01/RT-1 is at version 4, not 2: someone else appended first; reload and try again.", refused.ToString());
        Assert.Contains("refused", Assert.Throws<InvalidOperationException>(() => refused.Version).Message);

        Assert.Equal("This AppendResult is default(AppendResult), which is neither an append nor a conflict.", Assert.Throws<InvalidOperationException>(() => default(AppendResult).IsSuccess).Message);
        Assert.Equal("default(AppendResult)", default(AppendResult).ToString());
        Assert.Throws<ArgumentNullException>(() => AppendResult.Refused(null!));
    }

    [Fact]
    public void A_stored_event_knows_its_site_stream_position_and_stable_type()
    {
        var e = RepairTicket.Report("RT-1", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Events[0];
        var hash = new byte[32];
        hash[0] = 7;
        var stored = new StoredEvent(RepairFixture.Site, 42, e, 1, HashChain.Genesis, hash);
        Assert.Equal("SZ-01/RT-1 v1 (#42) repair.reported", stored.ToString());
        Assert.Equal(e.OccurredAt, stored.OccurredAt);
        Assert.Equal(hash, stored.Hash.ToArray());
        Assert.Equal(new byte[32], stored.PreviousHash.ToArray());
        Assert.StartsWith("A stored event belongs to a site.", Assert.Throws<ArgumentException>(() => new StoredEvent(default, 1, e, 1, HashChain.Genesis, hash)).Message);
        Assert.StartsWith("Positions start at 1.", Assert.Throws<ArgumentOutOfRangeException>(() => new StoredEvent(RepairFixture.Site, 0, e, 1, HashChain.Genesis, hash)).Message);
        Assert.Throws<ArgumentNullException>(() => new StoredEvent(RepairFixture.Site, 1, null!, 1, HashChain.Genesis, hash));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoredEvent(RepairFixture.Site, 1, e, 0, HashChain.Genesis, hash));
        Assert.StartsWith("A hash is 32 bytes long, not 31.", Assert.Throws<ArgumentException>(() => new StoredEvent(RepairFixture.Site, 1, e, 1, new byte[31], hash)).Message);
        Assert.StartsWith("A hash is 32 bytes long, not 0.", Assert.Throws<ArgumentException>(() => new StoredEvent(RepairFixture.Site, 1, e, 1, HashChain.Genesis, default)).Message);
    }
}
