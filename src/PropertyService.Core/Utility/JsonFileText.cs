using System.Text;
using System.Text.Json;

namespace PropertyService.Utility;

/// <summary>What the loaders of configuration files in JSON share: how a document is parsed and how a value is described in a message.</summary>
internal static class JsonFileText
{
    /// <summary>Comments and trailing commas are accepted, as people write configuration files.</summary>
    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The text without a leading byte order mark: a file read as text may keep it, and the stream loaders skip it.</summary>
    internal static ReadOnlyMemory<char> WithoutByteOrderMark(string json) =>
        json.StartsWith('\uFEFF') ? json.AsMemory(1) : json.AsMemory();

    /// <summary>The kind of a JSON value, for a message: "an object", "a number"...</summary>
    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A string from a file as a message shows it: control characters as <c>\uXXXX</c>, so a message stays one readable line.</summary>
    internal static string Shown(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 10);
        foreach (var c in text)
        {
            shown.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        }

        return shown.ToString();
    }

    /// <summary>Where malformed JSON went wrong, one-based, as the reader reports it: <c>line 3, byte 14</c>.</summary>
    internal static string Where(JsonException e) =>
        e.LineNumber is { } line ? $"line {line + 1}, byte {e.BytePositionInLine + 1}" : "position unknown";
}
