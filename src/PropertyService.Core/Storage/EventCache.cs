using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace PropertyService.Storage;

/// <summary>
/// Events already read or written, by their hash: a row whose content matches its hash is the event cached under that
/// hash (the hash covers the site, stream, version, type, schema and payload), so it need not be deserialized again.
/// Events are immutable, so one object serves every reader. Bounded: when full it starts again empty.
/// </summary>
internal sealed class EventCache(int capacity)
{
    private readonly ConcurrentDictionary<(long, long, long, long), DomainEvent> _events = new();

    internal bool TryGet(ReadOnlySpan<byte> hash, out DomainEvent? e)
    {
        if (capacity == 0)
        {
            e = null;
            return false;
        }

        return _events.TryGetValue(Key(hash), out e);
    }

    internal void Add(ReadOnlySpan<byte> hash, DomainEvent e)
    {
        if (capacity == 0)
        {
            return;
        }

        if (_events.Count >= capacity)
        {
            _events.Clear();
        }

        _events[Key(hash)] = e;
    }

    private static (long, long, long, long) Key(ReadOnlySpan<byte> hash)
    {
        var words = MemoryMarshal.Cast<byte, long>(hash[..HashChain.HashLength]);
        return (words[0], words[1], words[2], words[3]);
    }
}
