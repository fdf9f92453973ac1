using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using PropertyService.Fees;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PropertyService.Samples.Console.Commands;

/// <summary>Prints a <see cref="Quote"/>: every line with who pays and why, the fee rules' adjustments and the totals per payer.</summary>
public static class QuoteReport
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>The payers who pay anything or are named by a line or an adjustment, in the order of <see cref="Payer"/>.</summary>
    /// <param name="quote">The quote.</param>
    public static IReadOnlyList<Payer> PayersOf(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return Enum.GetValues<Payer>()
            .Where(p => quote.TotalFor(p).Amount != 0m || quote.Lines.Any(l => l.Payer == p) || quote.Adjustments.Any(a => a.Payer == p))
            .ToList();
    }

    /// <summary>What is paid for line <paramref name="lineIndex"/> after the adjustments, by all payers together.</summary>
    /// <param name="quote">The quote.</param>
    /// <param name="lineIndex">The line's index.</param>
    public static Money AmountOf(Quote quote, int lineIndex)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new Money(Enum.GetValues<Payer>().Sum(p => quote.NetFor(lineIndex, p).Amount), quote.Currency);
    }

    /// <summary>Writes the quote as tables for people.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="schedule">The schedule that priced it.</param>
    /// <param name="quote">The quote.</param>
    public static void WriteText(IAnsiConsole console, FeeSchedule schedule, Quote quote)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(quote);
        var request = quote.Request;

        console.WriteLine($"Fee schedule: {schedule.Name ?? "(unnamed)"}, in force from {Date.Format(schedule.InForceFrom)}, in {schedule.Currency}");
        var where = request.LocationKind == LocationKind.CommonArea ? "in a common area" : "in a unit";
        console.WriteLine($"Request: {request.Category} repair {where} at {request.Site}, reported {Date.Format(request.ReportedOn)}");
        if (request.WorkStartsAt is { } starts)
        {
            console.WriteLine($"  work starts {DateTime.Format(starts)}");
        }

        foreach (var fact in Facts(request))
        {
            console.WriteLine($"  {fact}");
        }

        console.WriteLine();
        var lines = new Table().Title("Lines");
        lines.AddColumns(
            new TableColumn("#").RightAligned(),
            new TableColumn("Item"),
            new TableColumn("Description"),
            new TableColumn("Qty").RightAligned(),
            new TableColumn("Labour").RightAligned(),
            new TableColumn("Material").RightAligned(),
            new TableColumn("Amount").RightAligned(),
            new TableColumn("Payer"),
            new TableColumn("Why this payer"));
        for (var i = 0; i < quote.Lines.Count; i++)
        {
            var line = quote.Lines[i];
            lines.AddRow(Cells(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                line.ItemCode ?? "-",
                line.Description + (line.IsAssessed ? " (assessed)" : string.Empty),
                line.Quantity.ToString(CultureInfo.InvariantCulture),
                line.Labour.ToString(),
                line.Material.ToString(),
                AmountOf(quote, i).ToString(),
                line.Payer.ToString(),
                line.PayerReason));
        }

        if (quote.Adjustments.Count > 0)
        {
            lines.Caption("Amount: labour + material, after the adjustments below");
        }

        console.Write(lines);

        if (quote.Adjustments.Count > 0)
        {
            console.WriteLine();
            var adjustments = new Table().Title("Adjustments by the fee rules");
            adjustments.AddColumns(
                new TableColumn("Rule"),
                new TableColumn("Line").RightAligned(),
                new TableColumn("Amount").RightAligned(),
                new TableColumn("Payer"),
                new TableColumn("Why"));
            foreach (var adjustment in quote.Adjustments)
            {
                adjustments.AddRow(Cells(
                    adjustment.RuleName,
                    adjustment.LineIndex is { } index ? (index + 1).ToString(CultureInfo.InvariantCulture) : "all",
                    (adjustment.Kind == QuoteAdjustmentKind.Discount ? "-" : "+") + adjustment.Amount,
                    adjustment.Payer.ToString(),
                    adjustment.Reason));
            }

            console.Write(adjustments);
        }

        console.WriteLine();
        var totals = new Table().Title("Totals per payer");
        totals.AddColumns(new TableColumn("Payer"), new TableColumn("Pays").RightAligned());
        foreach (var payer in PayersOf(quote))
        {
            totals.AddRow(Cells(payer.ToString(), quote.TotalFor(payer).ToString()));
        }

        totals.AddRow(Cells("Grand total", quote.GrandTotal.ToString()));
        console.Write(totals);
    }

    /// <summary>Writes the quote as indented JSON; amounts are JSON numbers with two decimals, in <c>currency</c>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="schedule">The schedule that priced it.</param>
    /// <param name="quote">The quote.</param>
    public static void WriteJson(TextWriter writer, FeeSchedule schedule, Quote quote)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(quote);
        var request = quote.Request;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("schedule");
            json.WriteString("name", schedule.Name);
            json.WriteString("inForceFrom", Date.Format(schedule.InForceFrom));
            json.WriteString("currency", schedule.Currency);
            json.WriteEndObject();

            json.WriteStartObject("request");
            json.WriteString("site", request.Site.ToString());
            json.WriteString("category", request.Category.ToString());
            json.WriteString("locationKind", request.LocationKind.ToString());
            json.WriteString("reportedOn", Date.Format(request.ReportedOn));
            if (request.WorkStartsAt is { } starts)
            {
                json.WriteString("workStartsAt", LocalDateTimePattern.GeneralIso.Format(starts));
            }
            else
            {
                json.WriteNull("workStartsAt");
            }

            json.WriteBoolean("residentSuppliesMaterials", request.ResidentSuppliesMaterials);
            json.WriteBoolean("majorWork", request.IsMajorWork);
            json.WriteBoolean("utilityInstallation", request.IsUtilityInstallation);
            json.WriteEndObject();

            json.WriteString("currency", quote.Currency);
            json.WriteBoolean("assessed", quote.IsAssessed);
            json.WriteStartArray("lines");
            for (var i = 0; i < quote.Lines.Count; i++)
            {
                var line = quote.Lines[i];
                json.WriteStartObject();
                json.WriteNumber("line", i + 1);
                json.WriteString("itemCode", line.ItemCode);
                json.WriteString("description", line.Description);
                json.WriteNumber("quantity", line.Quantity);
                json.WriteNumber("labour", Cents(line.Labour.Amount));
                json.WriteNumber("material", Cents(line.Material.Amount));
                json.WriteNumber("subtotal", Cents(line.Subtotal.Amount));
                json.WriteNumber("amount", Cents(AmountOf(quote, i).Amount));
                json.WriteString("payer", line.Payer.ToString());
                json.WriteString("payerReason", line.PayerReason);
                json.WriteBoolean("assessed", line.IsAssessed);
                json.WriteStartObject("paidBy");
                foreach (var payer in Enum.GetValues<Payer>())
                {
                    var net = quote.NetFor(i, payer);
                    if (net.Amount != 0m)
                    {
                        json.WriteNumber(payer.ToString(), Cents(net.Amount));
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("adjustments");
            foreach (var adjustment in quote.Adjustments)
            {
                json.WriteStartObject();
                json.WriteString("rule", adjustment.RuleName);
                json.WriteString("kind", adjustment.Kind.ToString());
                json.WriteNumber("amount", Cents(adjustment.Amount.Amount));
                json.WriteString("payer", adjustment.Payer.ToString());
                json.WriteString("reason", adjustment.Reason);
                if (adjustment.LineIndex is { } index)
                {
                    json.WriteNumber("line", index + 1);
                }
                else
                {
                    json.WriteNull("line");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("totals");
            foreach (var payer in PayersOf(quote))
            {
                json.WriteNumber(payer.ToString(), Cents(quote.TotalFor(payer).Amount));
            }

            json.WriteEndObject();
            json.WriteNumber("grandTotal", Cents(quote.GrandTotal.Amount));
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>An amount with exactly two decimal places (<c>80</c> and <c>25.0</c> become <c>80.00</c> and <c>25.00</c>).</summary>
    private static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    private static IEnumerable<string> Facts(QuoteRequest request)
    {
        if (request.ResidentSuppliesMaterials)
        {
            yield return "the resident supplies the materials";
        }

        if (request.IsMajorWork)
        {
            yield return "major work";
        }

        if (request.IsUtilityInstallation)
        {
            yield return "on a utility company's installation";
        }
    }

    // Plain text cells: what the library writes (reasons, descriptions) is never read as markup.
    private static IRenderable[] Cells(params string[] texts) => [.. texts.Select(t => (IRenderable)new Text(t))];
}
