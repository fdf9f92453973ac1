using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// A due-queue of SLA timers across many aggregates. Track timers as their events arrive; <see cref="Poll"/> with
/// the current instant returns the warnings and breaches that have become due since, each exactly once and in time
/// order; <see cref="NextDue"/> tells a host when to wake.
/// </summary>
/// <remarks>
/// <para>A timer is identified by its aggregate and target name. Tracking a met or cancelled timer (or a breached one
/// that has since been met) removes it; a paused timer stays known but is not due. A timer's warning and breach are
/// each reported at most once, even when later updates move its deadline.</para>
/// <para>Storage is a binary heap over compact entries (about 100 bytes per timer), so <see cref="Poll"/> with nothing
/// due is a comparison, and tracking or polling a timer costs O(log n). Instants are kept to 100 ns.</para>
/// <para>Thread-safe: all members take an internal lock.</para>
/// </remarks>
public sealed class SlaMonitor
{
    private const byte InUse = 1;
    private const byte Warned = 2;
    private const byte Breached = 4;
    private const byte Paused = 8;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string AggregateId, string TargetName), int> _slots = [];
    private readonly Stack<int> _free = new();
    private Entry[] _entries = new Entry[16];
    private HeapItem[] _heap = new HeapItem[16];
    private int _entryCount;
    private int _heapCount;

    /// <summary>The number of timers known to the monitor (including paused and already breached ones).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _slots.Count;
            }
        }
    }

    /// <summary>When the next warning or breach becomes due, or null when nothing is scheduled.</summary>
    public Instant? NextDue
    {
        get
        {
            lock (_lock)
            {
                return _heapCount == 0 ? null : Instant.FromUnixTimeTicks(_heap[0].Due);
            }
        }
    }

    /// <summary>Adds, updates or removes a timer according to its state (a projection from <see cref="SlaTracker"/>).</summary>
    /// <param name="timer">The timer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timer"/> is null.</exception>
    public void Track(SlaTimer timer)
    {
        Preconditions.CheckNotNull(timer);
        if (!timer.IsOpen)
        {
            Remove(timer.AggregateId, timer.Target.Name);
            return;
        }

        Upsert(timer.AggregateId, timer.Target, timer.WarningAt, timer.Deadline, timer.State == SlaTimerState.Paused);
    }

    /// <summary>Adds or updates a running timer directly.</summary>
    /// <param name="aggregateId">The aggregate.</param>
    /// <param name="target">The target.</param>
    /// <param name="warningAt">When the warning is due (at or after the deadline means no separate warning).</param>
    /// <param name="deadline">When the target is due.</param>
    /// <exception cref="ArgumentNullException"><paramref name="aggregateId"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="aggregateId"/> is blank.</exception>
    public void Track(string aggregateId, SlaTarget target, Instant warningAt, Instant deadline) =>
        Upsert(Preconditions.CheckNotBlank(aggregateId), Preconditions.CheckNotNull(target), warningAt, deadline, paused: false);

    /// <summary>Forgets a timer.</summary>
    /// <param name="aggregateId">The aggregate.</param>
    /// <param name="targetName">The target's name.</param>
    /// <returns>Whether the timer was known.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Remove(string aggregateId, string targetName)
    {
        Preconditions.CheckNotNull(aggregateId);
        Preconditions.CheckNotNull(targetName);
        lock (_lock)
        {
            if (!_slots.Remove((aggregateId, targetName), out var slot))
            {
                return false;
            }

            ref var entry = ref _entries[slot];
            if (entry.HeapIndex >= 0)
            {
                RemoveAt(entry.HeapIndex);
            }

            entry = default;
            _free.Push(slot);
            return true;
        }
    }

    /// <summary>
    /// The warnings and breaches that became due at or before <paramref name="now"/> and were not reported before,
    /// in time order (ties in a deterministic order).
    /// </summary>
    /// <param name="now">The current instant.</param>
    /// <returns>The alerts; an empty list (no allocation) when nothing is due.</returns>
    public IReadOnlyList<SlaAlert> Poll(Instant now)
    {
        var nowTicks = now.ToUnixTimeTicks();
        lock (_lock)
        {
            if (_heapCount == 0 || _heap[0].Due > nowTicks)
            {
                return [];
            }

            var alerts = new List<SlaAlert>();
            while (_heapCount > 0 && _heap[0].Due <= nowTicks)
            {
                var slot = _heap[0].Slot;
                ref var entry = ref _entries[slot];
                RemoveAt(0);
                var deadline = Instant.FromUnixTimeTicks(entry.Deadline);
                if ((entry.Flags & Warned) == 0 && entry.WarningAt < entry.Deadline)
                {
                    entry.Flags |= Warned;
                    alerts.Add(new SlaWarningRaised(entry.AggregateId, entry.Target, Instant.FromUnixTimeTicks(entry.WarningAt), deadline));
                }
                else
                {
                    entry.Flags |= Warned | Breached;
                    alerts.Add(new SlaBreached(entry.AggregateId, entry.Target, deadline));
                }

                Reschedule(slot);
            }

            return alerts;
        }
    }

    internal void Upsert(string aggregateId, SlaTarget target, Instant warningAt, Instant deadline, bool paused)
    {
        lock (_lock)
        {
            var key = (aggregateId, target.Name);
            if (!_slots.TryGetValue(key, out var slot))
            {
                slot = _free.Count > 0 ? _free.Pop() : _entryCount++;
                if (slot == _entries.Length)
                {
                    Array.Resize(ref _entries, _entries.Length * 2);
                }

                _entries[slot] = new Entry { AggregateId = aggregateId, Target = target, HeapIndex = -1, Flags = InUse };
                _slots.Add(key, slot);
            }

            ref var entry = ref _entries[slot];
            entry.Target = target;
            entry.WarningAt = warningAt.ToUnixTimeTicks();
            entry.Deadline = deadline.ToUnixTimeTicks();
            entry.Flags = (byte)(paused ? entry.Flags | Paused : entry.Flags & ~Paused);
            Reschedule(slot);
        }
    }

    /// <summary>Puts an entry in the heap at its next due instant, or takes it out when nothing more is due.</summary>
    private void Reschedule(int slot)
    {
        ref var entry = ref _entries[slot];
        long? due = (entry.Flags & Paused) != 0 ? null
            : (entry.Flags & Warned) == 0 && entry.WarningAt < entry.Deadline ? entry.WarningAt
            : (entry.Flags & Breached) == 0 ? entry.Deadline
            : null;
        if (due is null)
        {
            if (entry.HeapIndex >= 0)
            {
                RemoveAt(entry.HeapIndex);
            }

            return;
        }

        if (entry.HeapIndex < 0)
        {
            if (_heapCount == _heap.Length)
            {
                Array.Resize(ref _heap, _heap.Length * 2);
            }

            _heap[_heapCount] = new HeapItem(due.Value, slot);
            entry.HeapIndex = _heapCount++;
            SiftUp(entry.HeapIndex);
        }
        else
        {
            _heap[entry.HeapIndex] = new HeapItem(due.Value, slot);
            SiftDown(SiftUp(entry.HeapIndex));
        }
    }

    private void RemoveAt(int index)
    {
        _entries[_heap[index].Slot].HeapIndex = -1;
        _heapCount--;
        if (index == _heapCount)
        {
            return;
        }

        _heap[index] = _heap[_heapCount];
        _entries[_heap[index].Slot].HeapIndex = index;
        SiftDown(SiftUp(index));
    }

    private int SiftUp(int index)
    {
        var item = _heap[index];
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (!Before(item, _heap[parent]))
            {
                break;
            }

            Place(index, _heap[parent]);
            index = parent;
        }

        Place(index, item);
        return index;
    }

    private void SiftDown(int index)
    {
        var item = _heap[index];
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= _heapCount)
            {
                break;
            }

            if (child + 1 < _heapCount && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Before(_heap[child], item))
            {
                break;
            }

            Place(index, _heap[child]);
            index = child;
        }

        Place(index, item);
    }

    private void Place(int index, HeapItem item)
    {
        _heap[index] = item;
        _entries[item.Slot].HeapIndex = index;
    }

    private static bool Before(HeapItem a, HeapItem b) => a.Due < b.Due || (a.Due == b.Due && a.Slot < b.Slot);

    private struct Entry
    {
        internal string AggregateId;
        internal SlaTarget Target;
        internal long WarningAt;
        internal long Deadline;
        internal int HeapIndex;
        internal byte Flags;
    }

    private readonly record struct HeapItem(long Due, int Slot);
}
