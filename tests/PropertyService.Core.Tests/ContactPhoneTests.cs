using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PropertyService;

public class ContactPhoneTests
{
    [Theory]
    [InlineData("13812345678", "13812345678", ContactPhoneKind.Mobile)]
    [InlineData("138 1234 5678", "13812345678", ContactPhoneKind.Mobile)]
    [InlineData("+86 138-1234-5678", "13812345678", ContactPhoneKind.Mobile)]
    [InlineData("8613812345678", "13812345678", ContactPhoneKind.Mobile)]
    [InlineData("010-12345678", "010-12345678", ContactPhoneKind.Landline)]
    [InlineData("(010) 1234 5678", "010-12345678", ContactPhoneKind.Landline)]
    [InlineData("0755 1234 5678", "0755-12345678", ContactPhoneKind.Landline)]
    [InlineData("0571-8765432", "0571-8765432", ContactPhoneKind.Landline)]
    [InlineData("020 87654321", "020-87654321", ContactPhoneKind.Landline)]
    [InlineData("+86 10 12345678", "010-12345678", ContactPhoneKind.Landline)]
    [InlineData("+86 755 12345678", "0755-12345678", ContactPhoneKind.Landline)]
    [InlineData("+852 2123 4567", "+85221234567", ContactPhoneKind.International)]
    [InlineData("+1 (415) 555-0100", "+14155550100", ContactPhoneKind.International)]
    public void Parses_and_normalises_accepted_forms(string text, string normalized, ContactPhoneKind kind)
    {
        var phone = ContactPhone.Parse(text);

        Assert.Equal(normalized, phone.Value);
        Assert.Equal(kind, phone.Kind);
        Assert.Equal(normalized, phone.ToString());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("12345678")]
    [InlineData("010-1234")]
    [InlineData("010-012345678")]
    [InlineData("0755-123456789")]
    [InlineData("+0123456789")]
    [InlineData("+12345")]
    [InlineData("138-abcd-5678")]
    [InlineData("   ")]
    [InlineData("")]
    public void Rejects_other_input_naming_the_accepted_forms(string text)
    {
        var error = Assert.Throws<FormatException>(() => ContactPhone.Parse(text));

        Assert.Contains(ContactPhone.AcceptedForms, error.Message);
        Assert.False(ContactPhone.TryParse(text, out _));
    }

    [Fact]
    public void Parse_12345_names_the_accepted_forms()
    {
        var error = Assert.Throws<FormatException>(() => ContactPhone.Parse("12345"));

        Assert.Contains("'12345'", error.Message);
        Assert.Contains("mainland mobile", error.Message);
        Assert.Contains("area code", error.Message);
        Assert.Contains("E.164", error.Message);
    }

    [Fact]
    public void Parse_null_throws_argument_null() =>
        Assert.Throws<ArgumentNullException>(() => ContactPhone.Parse(null!));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("010-12345678", "010-****5678")]
    [InlineData("0755-12345678", "075*****5678")]
    [InlineData("+85221234567", "+852****4567")]
    [InlineData("0571-8765432", "057****5432")]
    [InlineData("+4930123456", "+******3456")]
    public void Masks_all_but_the_first_three_and_last_four_digits(string text, string masked) =>
        Assert.Equal(masked, ContactPhone.Parse(text).Masked);

    [Theory]
    [InlineData("13812345678", "138 1234 5678")]
    [InlineData("010-12345678", "010-1234 5678")]
    [InlineData("0755-1234567", "0755-123 4567")]
    [InlineData("+85221234567", "+852 2123 4567")]
    [InlineData("+14155550100", "+1 415555 0100")]
    public void Formats_for_people(string text, string formatted) =>
        Assert.Equal(formatted, ContactPhone.Parse(text).Format());

    [Fact]
    public void Default_is_empty()
    {
        Assert.True(default(ContactPhone).IsEmpty);
        Assert.Equal(string.Empty, default(ContactPhone).Masked);
        Assert.Equal(ContactPhone.Parse("13812345678"), ContactPhone.Parse("+86 138 1234 5678"));
    }

    public static Arbitrary<string> PhoneTexts() => Gen.OneOf(
            from prefix in Gen.Elements("13", "14", "15", "16", "17", "18", "19")
            from rest in Gen.ArrayOf(Gen.Choose(0, 9), 9)
            select prefix + string.Concat(rest),
            from area in Gen.Elements("010", "020", "021", "0755", "0571", "0931")
            from first in Gen.Choose(2, 9)
            from length in Gen.Choose(6, 7)
            from rest in Gen.ArrayOf(Gen.Choose(0, 9), length)
            from sep in Gen.Elements("-", " ", "")
            select area + sep + first + string.Concat(rest),
            from cc in Gen.Elements("852", "853", "886", "1", "44", "65", "81")
            from first in Gen.Choose(1, 9)
            from length in Gen.Choose(7, 10)
            from rest in Gen.ArrayOf(Gen.Choose(0, 9), length)
            select "+" + cc + " " + first + string.Concat(rest))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(ContactPhoneTests)])]
    public bool Parse_format_parse_round_trips(string text)
    {
        var phone = ContactPhone.Parse(text);
        return ContactPhone.Parse(phone.Format()) == phone && ContactPhone.Parse(phone.ToString()) == phone;
    }

    [Property(Arbitrary = [typeof(ContactPhoneTests)])]
    public bool Masking_never_shows_more_than_the_first_three_and_last_four_digits(string text)
    {
        var phone = ContactPhone.Parse(text);
        var digits = phone.Digits;
        var shown = phone.Masked.Where(char.IsAsciiDigit).ToArray();
        var masked = phone.Masked.Count(c => c == '*');
        return shown.Length <= 7
               && masked == digits.Length - shown.Length
               && phone.Masked.EndsWith(digits[^4..], StringComparison.Ordinal)
               && phone.Masked.TrimStart('+').Replace("-", "").StartsWith(new string(shown[..^4]), StringComparison.Ordinal)
               && digits.StartsWith(new string(shown[..^4]), StringComparison.Ordinal);
    }
}
