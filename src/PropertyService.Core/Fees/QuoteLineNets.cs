namespace PropertyService.Fees;

/// <summary>
/// Splits a quote's totals over its lines: what each payer pays for each line after adjustments, such that
/// a payer's amounts over all lines add up exactly to its total and none is negative.
/// </summary>
/// <remarks>
/// <para>A line's net for a payer starts with the line's subtotal (for the line's payer) plus the
/// surcharges and minus the discounts made for that line and payer. A line-specific discount larger
/// than that (possible when a rule discounts a line for a payer who pays little of it) leaves the net at
/// zero and the rest is treated like a whole-quote discount.</para>
/// <para>Whole-quote adjustments of a payer are shared over the lines that payer pays for, in
/// proportion to their nets, in whole cents (the cents left go to the largest remainders, then the first lines); when the payer
/// has no positive net on any line, they are shared equally over the lines it pays (or, if none, all
/// lines).</para>
/// </remarks>
internal static class QuoteLineNets
{
    private const decimal Cent = 0.01m;

    /// <summary>The nets, indexed <c>line * payerCount + payer</c>.</summary>
    internal static decimal[] Compute(QuoteLine[] lines, QuoteAdjustment[] adjustments, int payerCount)
    {
        var nets = new decimal[lines.Length * payerCount];
        var pools = new decimal[payerCount];
        for (var i = 0; i < lines.Length; i++)
        {
            nets[(i * payerCount) + (int)lines[i].Payer] = lines[i].Labour.Amount + lines[i].Material.Amount;
        }

        foreach (var adjustment in adjustments)
        {
            if (adjustment.LineIndex is { } line)
            {
                nets[(line * payerCount) + (int)adjustment.Payer] += adjustment.SignedAmount;
            }
            else
            {
                pools[(int)adjustment.Payer] += adjustment.SignedAmount;
            }
        }

        for (var cell = 0; cell < nets.Length; cell++)
        {
            if (nets[cell] < 0m)
            {
                pools[cell % payerCount] += nets[cell];
                nets[cell] = 0m;
            }
        }

        for (var payer = 0; payer < payerCount; payer++)
        {
            if (pools[payer] != 0m)
            {
                Share(nets, lines, payer, payerCount, pools[payer]);
            }
        }

        return nets;
    }

    private static void Share(decimal[] nets, QuoteLine[] lines, int payer, int payerCount, decimal pool)
    {
        var weights = new decimal[lines.Length];
        var sum = 0m;
        for (var i = 0; i < lines.Length; i++)
        {
            weights[i] = nets[(i * payerCount) + payer];
            sum += weights[i];
        }

        if (sum == 0m)
        {
            // No positive net to weigh by: equal shares over the payer's lines, or over all lines.
            var paysALine = lines.Any(l => (int)l.Payer == payer);
            for (var i = 0; i < lines.Length; i++)
            {
                weights[i] = !paysALine || (int)lines[i].Payer == payer ? 1m : 0m;
                sum += weights[i];
            }
        }

        // Round every share's size down to the cent, then hand out the cents left (the pool is in whole cents)
        // to the largest remainders, then the first lines, so the shares add up exactly to the pool. Sizes,
        // not signed amounts, so that a discount's odd cent goes to the first line as a surcharge's does, and
        // no discount share exceeds what the payer pays for its line.
        var sign = pool < 0m ? -1m : 1m;
        var size = pool * sign;
        var shares = new decimal[lines.Length];
        var remainders = new decimal[lines.Length];
        var left = size;
        for (var i = 0; i < lines.Length; i++)
        {
            var exact = size * (weights[i] / sum);
            shares[i] = decimal.Round(exact, 2, MidpointRounding.ToZero);
            remainders[i] = weights[i] == 0m ? -1m : exact - shares[i];
            left -= shares[i];
        }

        // Fewer cents are left than there are lines; only rounding in a decimal division's 28th digit could
        // make the shares overshoot, and then the smallest remainders give a cent back.
        var order = Enumerable.Range(0, lines.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; left > 0m; k = (k + 1) % order.Length)
        {
            shares[order[k]] += Cent;
            left -= Cent;
        }

        for (var k = order.Length - 1; left < 0m; k = k == 0 ? order.Length - 1 : k - 1)
        {
            shares[order[k]] -= Cent;
            left += Cent;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            nets[(i * payerCount) + payer] += sign * shares[i];
        }
    }
}
