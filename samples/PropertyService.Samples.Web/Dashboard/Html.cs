using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// Builds an HTML document: every piece of text and every attribute value goes through <see cref="HtmlEncoder"/>;
/// only literal markup written by the dashboard itself is appended raw. Chinese stays readable in the source (the
/// encoder allows every Unicode range and still escapes markup characters).
/// </summary>
/// <remarks>Not thread-safe: one per response.</remarks>
public sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _builder = new(4096);

    /// <summary>Encodes text for an HTML text node or a quoted attribute value.</summary>
    /// <param name="text">The text; null is empty.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Encoder.Encode(text);

    /// <summary>Appends literal markup written by the dashboard (never data).</summary>
    /// <param name="markup">The markup.</param>
    /// <returns>This builder.</returns>
    public Html Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    /// <summary>Appends text, encoded.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    public Html Text(string? text)
    {
        _builder.Append(Encode(text));
        return this;
    }

    /// <summary>Appends <c>&lt;tag attr="value"…&gt;</c>, each value encoded; a null value leaves its attribute out.</summary>
    /// <param name="tag">The element's name (literal).</param>
    /// <param name="attributes">Attribute names (literal) and values (data).</param>
    /// <returns>This builder.</returns>
    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _builder.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _builder.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
            }
        }

        _builder.Append('>');
        return this;
    }

    /// <summary>Appends <c>&lt;/tag&gt;</c>.</summary>
    /// <param name="tag">The element's name.</param>
    /// <returns>This builder.</returns>
    public Html Close(string tag)
    {
        _builder.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends an element holding encoded text.</summary>
    /// <param name="tag">The element's name.</param>
    /// <param name="text">Its text.</param>
    /// <param name="attributes">Its attributes.</param>
    /// <returns>This builder.</returns>
    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Formats a number for an SVG coordinate, invariant.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();
}
