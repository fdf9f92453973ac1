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
    [InlineData("１３８１２３４５６７８", "13812345678")]
    [InlineData("＋８６　１３８－１２３４－５６７８", "13812345678")]
    [InlineData("（０１０）１２３４５６７８", "010-12345678")]
    [InlineData("０７５５－１２３４５６７８", "0755-12345678")]
    [InlineData("0086 138 1234 5678", "13812345678")]
    [InlineData("0086 10 1234 5678", "010-12345678")]
    [InlineData("0086 (0)10 1234 5678", "010-12345678")]
    [InlineData("+86 (0)755 1234 5678", "0755-12345678")]
    [InlineData("+86 0755 1234 5678", "0755-12345678")]
    [InlineData("+86（0）755 1234 5678", "0755-12345678")]
    [InlineData("00852 2123 4567", "+85221234567")]
    [InlineData("138\t1234\t5678", "13812345678")]
    [InlineData("138\u00A01234\u00A05678", "13812345678")]
    [InlineData("\u3000138 1234 5678\u3000", "13812345678")]
    [InlineData("010\u202F1234\u20075678", "010-12345678")]
    [InlineData("0755—1234—5678", "0755-12345678")]
    [InlineData("138‐1234‑5678", "13812345678")]
    [InlineData("138‒1234–5678", "13812345678")]
    [InlineData("138．1234．5678", "13812345678")]
    [InlineData("138\u20071234\u00A05678", "13812345678")]
    public void Normalises_phone_input_as_Chinese_users_type_it(string text, string normalized)
    {
        Assert.Equal(normalized, ContactPhone.Parse(text).Value);
        Assert.True(ContactPhone.TryParse(text, out var phone));
        Assert.Equal(normalized, phone.Value);
    }

    [Theory]
    [InlineData("+86 (0)138 1234 5678")]
    [InlineData("0086 0 1381234567")]
    [InlineData("+0086 138 1234 5678")]
    public void A_trunk_zero_belongs_only_before_a_landline_area_code(string text) =>
        Assert.False(ContactPhone.TryParse(text, out _));

    [Fact]
    public void Input_at_the_length_limit_is_read()
    {
        var text = "138 1234 5678".PadRight(ContactPhone.MaxInputLength);

        Assert.Equal(ContactPhone.MaxInputLength, text.Length);
        Assert.Equal("13812345678", ContactPhone.Parse(text).Value);
    }

    [Fact]
    public void Over_long_input_is_refused_without_repeating_it()
    {
        var text = "138 1234 5678".PadRight(ContactPhone.MaxInputLength + 1);

        Assert.False(ContactPhone.TryParse(text, out var phone, out var error));
        Assert.True(phone.IsEmpty);
        Assert.Equal(
            $"A contact phone number has at most {ContactPhone.MaxInputLength} characters, but this input has {ContactPhone.MaxInputLength + 1}. " +
            ContactPhone.AcceptedForms,
            error);
        Assert.Equal(error, Assert.Throws<FormatException>(() => ContactPhone.Parse(text)).Message);
    }

    [Theory]
    [InlineData("１３８ａｂｃ", "'１３８ａｂｃ' is not a valid contact phone number: 'ａ' is not a digit or separator.")]
    [InlineData("13812345678 ext 12", "'13812345678 ext 12' is not a valid contact phone number: 'e' is not a digit or separator.")]
    [InlineData("12812345678", "'12812345678' is not a valid contact phone number: a mobile number has 11 digits and starts with 13 to 19.")]
    [InlineData("87654321", "'87654321' is not a valid contact phone number: a landline needs its area code (starting with 0).")]
    [InlineData("+12345", "'+12345' is not a valid contact phone number: an international number needs 8 to 15 digits after '+' (or 00), not starting with 0.")]
    [InlineData("010-1234", "'010-1234' is not a valid contact phone number: a landline is an area code (010, 02x or a four-digit code) and a 7- or 8-digit local number not starting with 0.")]
    [InlineData("  ", "A contact phone number is required.")]
    public void Errors_say_what_is_wrong(string text, string reason)
    {
        Assert.False(ContactPhone.TryParse(text, out _, out var error));
        Assert.Equal(reason + " " + ContactPhone.AcceptedForms, error);
    }

    [Fact]
    public void Too_many_digits_is_refused()
    {
        var text = new string('1', 33);

        Assert.False(ContactPhone.TryParse(text, out _, out var error));
        Assert.Contains("it has too many digits", error);
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

    [Theory]
    [InlineData("+12025550100", "+1 202555 0100")]
    [InlineData("+74951234567", "+7 495123 4567")]
    [InlineData("+201234567890", "+20 123456 7890")]
    [InlineData("+27211234567", "+27 21123 4567")]
    [InlineData("+212522123456", "+212 52212 3456")]
    [InlineData("+33123456789", "+33 12345 6789")]
    [InlineData("+351211234567", "+351 21123 4567")]
    [InlineData("+37052123456", "+370 5212 3456")]
    [InlineData("+380441234567", "+380 44123 4567")]
    [InlineData("+442071234567", "+44 207123 4567")]
    [InlineData("+420212345678", "+420 21234 5678")]
    [InlineData("+525512345678", "+52 551234 5678")]
    [InlineData("+50922123456", "+509 2212 3456")]
    [InlineData("+59051234567", "+590 5123 4567")]
    [InlineData("+61212345678", "+61 21234 5678")]
    [InlineData("+6731234567", "+673 123 4567")]
    [InlineData("+6561234567", "+65 6123 4567")]
    [InlineData("+81312345678", "+81 31234 5678")]
    [InlineData("+85321234567", "+853 2123 4567")]
    [InlineData("+87012345678", "+870 1234 5678")]
    [InlineData("+88621234567", "+886 2123 4567")]
    [InlineData("+911123456789", "+91 112345 6789")]
    [InlineData("+96212345678", "+962 1234 5678")]
    [InlineData("+97141234567", "+971 4123 4567")]
    [InlineData("+99512345678", "+995 1234 5678")]
    [InlineData("+9812345678", "+98 1234 5678")]
    public void Formats_international_numbers_after_their_country_code(string text, string formatted)
    {
        var phone = ContactPhone.Parse(text);

        Assert.Equal(formatted, phone.Format());
        Assert.Equal(phone, ContactPhone.Parse(formatted));
    }

    [Theory]
    [InlineData("+12345678", "+12345678")]
    [InlineData("+123456789012345", "+123456789012345")]
    [InlineData("0755 1234567", "0755-1234567")]
    [InlineData("021 12345678", "021-12345678")]
    [InlineData("029 1234567", "029-1234567")]
    [InlineData("010-1234567", "010-1234567")]
    [InlineData("138.1234.5678", "13812345678")]
    [InlineData("19912345678", "19912345678")]
    [InlineData("+86 13812345678", "13812345678")]
    [InlineData("(+86) 755 1234 5678", "0755-12345678")]
    public void Accepts_the_edges_of_each_form(string text, string normalized) =>
        Assert.Equal(normalized, ContactPhone.Parse(text).Value);

    [Theory]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("011 12345678")]
    [InlineData("0123 1234567")]
    [InlineData("0755 123456")]
    [InlineData("0755 123456789")]
    [InlineData("0755 0234567")]
    [InlineData("010 01234567")]
    [InlineData("02")]
    [InlineData("0")]
    [InlineData("+86")]
    [InlineData("+86 0")]
    [InlineData("++8613812345678")]
    [InlineData("138+12345678")]
    [InlineData("8613812345678 1")]
    [InlineData("11812345678")]
    [InlineData("1381234567")]
    public void Refuses_just_past_the_edges_of_each_form(string text)
    {
        Assert.False(ContactPhone.TryParse(text, out var phone, out var error));
        Assert.True(phone.IsEmpty);
        Assert.EndsWith(ContactPhone.AcceptedForms, error);
    }

    [Fact]
    public void A_second_plus_is_named_as_the_fault()
    {
        Assert.False(ContactPhone.TryParse("++8613812345678", out _, out var error));
        Assert.StartsWith("'++8613812345678' is not a valid contact phone number: '+' is not a digit or separator.", error);
    }

    [Fact]
    public void Thirty_two_digits_are_read_before_the_number_is_judged()
    {
        Assert.False(ContactPhone.TryParse(new string('1', 32), out _, out var error));
        Assert.DoesNotContain("too many digits", error);
        Assert.False(ContactPhone.TryParse("+" + new string('1', 33), out _, out error));
        Assert.Contains("it has too many digits", error);
    }

    [Theory]
    [InlineData("13812345678", ContactPhoneKind.Mobile, "13812345678")]
    [InlineData("010-12345678", ContactPhoneKind.Landline, "01012345678")]
    [InlineData("+85221234567", ContactPhoneKind.International, "85221234567")]
    public void Kind_and_digits(string text, ContactPhoneKind kind, string digits)
    {
        var phone = ContactPhone.Parse(text);

        Assert.Equal(kind, phone.Kind);
        Assert.Equal(digits, phone.Digits);
        Assert.False(phone.IsEmpty);
    }

    [Fact]
    public void Equality_is_by_normalised_number()
    {
        var a = ContactPhone.Parse("138 1234 5678");
        var b = ContactPhone.Parse("+86 138-1234-5678");
        var c = ContactPhone.Parse("13912345678");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != c);
        Assert.False(a == c);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)"13812345678"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, default);
        Assert.Equal(default(ContactPhone), default);
    }

    [Fact]
    public void Default_holds_no_number()
    {
        var phone = default(ContactPhone);

        Assert.Equal(string.Empty, phone.Value);
        Assert.Equal(string.Empty, phone.Digits);
        Assert.Equal(string.Empty, phone.Format());
        Assert.Equal(string.Empty, phone.ToString());
    }

    [Theory]
    [InlineData("010-1234567", "******4567")]
    [InlineData("021-12345678", "021-****5678")]
    [InlineData("+12345678", "+****5678")]
    [InlineData("+123456789012345", "+123********2345")]
    public void Masks_short_numbers_to_their_last_four_digits(string text, string masked) =>
        Assert.Equal(masked, ContactPhone.Parse(text).Masked);

    [Fact]
    public void TryParse_without_an_error_says_only_whether_it_parsed()
    {
        Assert.True(ContactPhone.TryParse("13812345678", out var phone));
        Assert.Equal("13812345678", phone.Value);
        Assert.False(ContactPhone.TryParse(null, out phone));
        Assert.True(phone.IsEmpty);
        Assert.False(ContactPhone.TryParse(null, out _, out var error));
        Assert.Equal("A contact phone number is required. " + ContactPhone.AcceptedForms, error);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ContactPhone.Parse(null!)).ParamName);
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

    /// <summary>One way of writing a number: an international or trunk prefix and the digits after it.</summary>
    private sealed record Spelling(string Prefix, string Body);

    // Every way the issue names to write the same number: 0086, +86 and +86 (0) prefixes, 00 for +.
    private static Spelling[] Spellings(ContactPhone phone)
    {
        var value = phone.Value;
        switch (phone.Kind)
        {
            case ContactPhoneKind.Mobile:
                return [new("", value), new("+86 ", value), new("0086 ", value), new("86", value), new("+86-", value)];
            case ContactPhoneKind.Landline:
                var digits = value.Replace("-", "", StringComparison.Ordinal);
                var national = digits[1..];
                return
                [
                    new("", digits), new("+86 ", national), new("+86 (0)", national), new("+86 ", digits),
                    new("0086 ", national), new("0086 (0)", national), new("0086", digits),
                ];
            default:
                return [new("+", value[1..]), new("00", value[1..]), new("+ ", value[1..])];
        }
    }

    private static string FullWidth(string text) => string.Concat(text.Select(c => c switch
    {
        >= '0' and <= '9' => (char)(c - '0' + '０'),
        '+' => '＋',
        '(' => '（',
        ')' => '）',
        '-' => '－',
        ' ' => '\u3000',
        _ => c,
    }));

    private static Gen<(string Plain, string Typed)> TypedPhones =>
        from plain in PhoneTexts().Generator
        from spelling in Gen.Elements(Spellings(ContactPhone.Parse(plain)))
        from cut in Gen.Choose(1, spelling.Body.Length - 1)
        from separator in Gen.Elements(" ", "\t", "\u00A0", "\u3000", "\u202F", "-", "－", "", " \t ")
        from lead in Gen.Elements("", " ", "\t", "\u00A0", "\u3000")
        from trail in Gen.Elements("", " ", "\t", "\u00A0", "\u3000")
        from fullWidth in Gen.Elements(false, true)
        let typed = lead + spelling.Prefix + spelling.Body[..cut] + separator + spelling.Body[cut..] + trail
        select (plain, fullWidth ? FullWidth(typed) : typed);

    [Property]
    public Property Any_accepted_number_typed_with_full_width_digits_prefixes_tabs_or_no_break_spaces_parses_to_its_plain_value() =>
        Prop.ForAll(TypedPhones.ToArbitrary(), input =>
        {
            var plain = ContactPhone.Parse(input.Plain);
            return (ContactPhone.TryParse(input.Typed, out var typed) && typed == plain && typed.Kind == plain.Kind)
                .Label($"'{input.Typed}' should parse as {plain}");
        });

    private static Gen<string> OverLongTexts =>
        from extra in Gen.Choose(1, 2_000)
        from chars in Gen.ArrayOf(Gen.Elements("0123456789 +-()（）１２３４\t\u00A0abc李女士".ToCharArray()), ContactPhone.MaxInputLength + extra)
        select new string(chars);

    [Property]
    public Property Over_long_input_is_refused_and_the_message_does_not_contain_it() =>
        Prop.ForAll(OverLongTexts.ToArbitrary(), text =>
        {
            var refused = !ContactPhone.TryParse(text, out _, out var error);
            return refused
                   && !error!.Contains(text, StringComparison.Ordinal)
                   && error == $"A contact phone number has at most {ContactPhone.MaxInputLength} characters, but this input has {text.Length}. " + ContactPhone.AcceptedForms;
        });
}
