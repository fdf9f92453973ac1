namespace PropertyService.Fees;

/// <summary>
/// The currency codes a fee schedule may be in: the ISO 4217 codes of currencies in circulation
/// (ISO 4217 list one, as of 2026), without fund codes (such as CLF or USN), precious metals (XAU),
/// special drawing rights (XDR) and the testing codes (XTS, XXX). A fixed list, so that what is
/// accepted does not depend on the machine's globalization data.
/// </summary>
internal static class CurrencyCodes
{
    /// <summary>Examples for messages people read.</summary>
    internal const string Examples = "such as CNY, HKD, MOP, TWD, USD or EUR";

    private static readonly HashSet<string> Known = Build();

    /// <summary>Builds the set of known codes; the library builds it once, into <c>Known</c>.</summary>
    internal static HashSet<string> Build() => new(StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD", "BIF",
        "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
        "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
        "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR",
        "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
        "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK",
        "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR",
        "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF",
        "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
        "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU",
        "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
    };

    /// <summary>Whether <paramref name="code"/> is a known currency code (exact, upper case).</summary>
    internal static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>The problem with a currency code, for a message, or null when it is known.</summary>
    internal static string? Problem(string code) =>
        IsKnown(code) ? null : $"\"{code}\" is not a known ISO 4217 currency code ({Examples})";
}
