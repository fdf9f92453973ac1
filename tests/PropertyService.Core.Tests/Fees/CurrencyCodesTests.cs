namespace PropertyService.Fees;

/// <summary>
/// The currencies a fee schedule may be in are a fixed list (ISO 4217 list one, as of 2026, currencies in circulation
/// only), so that what loads does not depend on the machine's globalization data. The list is pinned here.
/// </summary>
public class CurrencyCodesTests
{
    private const string Iso4217InCirculation =
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY " +
        "COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR " +
        "ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK " +
        "MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF " +
        "SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU " +
        "UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG";

    [Fact]
    public void The_list_is_the_iso_4217_currencies_in_circulation()
    {
        var expected = Iso4217InCirculation.Split(' ');
        Assert.Equal(expected.Order(StringComparer.Ordinal), CurrencyCodes.Build().Order(StringComparer.Ordinal));
        Assert.All(expected, code => Assert.True(CurrencyCodes.IsKnown(code), code));
    }

    [Theory]
    [InlineData("XAU")] // a precious metal
    [InlineData("XDR")] // special drawing rights
    [InlineData("XTS")] // for testing
    [InlineData("XXX")] // no currency
    [InlineData("CLF")] // a fund code
    [InlineData("HRK")] // withdrawn in 2023
    [InlineData("cny")] // exact, upper case
    [InlineData("")]
    public void Metals_funds_testing_codes_withdrawn_currencies_and_other_spellings_are_not_currencies(string code)
    {
        Assert.False(CurrencyCodes.IsKnown(code));
        Assert.Equal($"\"{code}\" is not a known ISO 4217 currency code (such as CNY, HKD, MOP, TWD, USD or EUR)", CurrencyCodes.Problem(code));
    }

    [Fact]
    public void A_known_code_has_no_problem()
    {
        Assert.Null(CurrencyCodes.Problem("CNY"));
    }

    [Fact]
    public void Default_warranty_terms_are_those_of_the_regulations()
    {
        var terms = new WarrantyRuleOptions().Terms;
        Assert.Equal(5, terms.Count);
        Assert.Equal(WarrantyTerm.Years(5).ToString(), terms["waterproofing"].ToString());
        Assert.Equal(WarrantyTerm.Years(2).ToString(), terms["electrical"].ToString());
        Assert.Equal(WarrantyTerm.Years(2).ToString(), terms["plumbing"].ToString());
        Assert.Equal(WarrantyTerm.Years(2).ToString(), terms["fit-out"].ToString());
        Assert.Equal(WarrantyTerm.HeatingSeasons(2).ToString(), terms["heating"].ToString());
    }
}
