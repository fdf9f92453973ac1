using PropertyService.Storage.Serialization;

namespace PropertyService.Storage;

/// <summary>Serializes an append's events before a store takes its lock, so the lock covers only the write.</summary>
internal static class Payloads
{
    internal static byte[][] Of(EventSerializer serializer, AppendRequest request)
    {
        var payloads = new byte[request.Events.Count][];
        for (var i = 0; i < payloads.Length; i++)
        {
            payloads[i] = serializer.Serialize(request.Events[i]);
        }

        return payloads;
    }

    internal static byte[][][] Of(EventSerializer serializer, IReadOnlyList<AppendRequest> requests)
    {
        var payloads = new byte[requests.Count][][];
        for (var i = 0; i < requests.Count; i++)
        {
            payloads[i] = Of(serializer, requests[i] ?? throw new ArgumentNullException(nameof(requests), $"requests[{i}] is null."));
        }

        return payloads;
    }
}
