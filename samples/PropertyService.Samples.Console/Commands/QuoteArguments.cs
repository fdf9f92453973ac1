using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PropertyService.Fees;

namespace PropertyService.Samples.Console.Commands;

/// <summary>How <c>quote</c> reads its values from the command line: <c>CODE[:quantity]</c>, <c>CODE=AMOUNT</c>, ISO dates.</summary>
public static class QuoteArguments
{
    /// <summary>Reads one <c>--item</c> value: a fee-schedule item code, optionally <c>:</c> and a positive quantity (<c>W-11:2.5</c>).</summary>
    /// <param name="text">The value as typed.</param>
    /// <param name="item">The item, or null when the text cannot be read.</param>
    /// <param name="error">Why not, or null.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParseItem(string text, out QuoteRequestItem? item, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        item = null;
        var separator = text.LastIndexOf(':');
        var code = (separator < 0 ? text : text[..separator]).Trim();
        var quantity = 1m;
        if (code.Length == 0)
        {
            error = $"'{text}' names no item: write --item CODE or --item CODE:QUANTITY, for example --item W-01 or --item W-11:2.5.";
            return false;
        }

        if (separator >= 0 && !(TryParseAmount(text[(separator + 1)..], out quantity) && quantity > 0m))
        {
            error = $"'{text}': the quantity after ':' must be a positive number, for example {code}:2 or {code}:2.5.";
            return false;
        }

        item = new QuoteRequestItem(code, quantity);
        error = null;
        return true;
    }

    /// <summary>Reads one <c>CODE=AMOUNT</c> value (<c>--material-cost</c>, <c>--unit-labour</c>): an item code and an amount of money, not negative.</summary>
    /// <param name="text">The value as typed.</param>
    /// <param name="code">The item code.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="error">Why not, or null.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParseItemAmount(string text, out string code, out decimal amount, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = text.IndexOf('=');
        code = separator < 0 ? string.Empty : text[..separator].Trim();
        amount = 0m;
        if (code.Length == 0 || !TryParseAmount(text[(separator + 1)..], out amount) || amount < 0m)
        {
            error = $"'{text}' is not CODE=AMOUNT with an amount that is not negative, for example W-02=35.50.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The parser of <c>--item</c>: every value read by <see cref="TryParseItem"/>, errors reported on the option.</summary>
    /// <param name="result">The option's tokens.</param>
    public static QuoteRequestItem[] ParseItems(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var items = new List<QuoteRequestItem>(result.Tokens.Count);
        foreach (var token in result.Tokens)
        {
            if (TryParseItem(token.Value, out var item, out var error))
            {
                items.Add(item!);
            }
            else
            {
                result.AddError(error!);
            }
        }

        return [.. items];
    }

    /// <summary>The parser of <c>--material-cost</c> and <c>--unit-labour</c>: item codes and amounts, each code once.</summary>
    /// <param name="result">The option's tokens.</param>
    public static Dictionary<string, decimal> ParseItemAmounts(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var token in result.Tokens)
        {
            if (!TryParseItemAmount(token.Value, out var code, out var amount, out var error))
            {
                result.AddError(error!);
            }
            else if (!amounts.TryAdd(code, amount))
            {
                result.AddError($"{code} is given twice.");
            }
        }

        return amounts;
    }

    /// <summary>The parser of a date option: an ISO date (<c>2026-03-10</c>).</summary>
    /// <param name="result">The option's token.</param>
    public static LocalDate? ParseDate(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"'{text}' is not a date: write it as yyyy-MM-dd, for example 2026-03-10.");
        return null;
    }

    private static bool TryParseAmount(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
