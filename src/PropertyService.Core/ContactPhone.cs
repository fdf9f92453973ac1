using System.Diagnostics.CodeAnalysis;
using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// A resident's contact telephone number, parsed and normalised (HR-07 and RP-09 require one).
/// </summary>
/// <remarks>
/// <para>Accepted forms (spaces, hyphens, dots and parentheses between digits are ignored):</para>
/// <list type="bullet">
/// <item>mainland mobile numbers: 11 digits <c>1[3-9]xxxxxxxxx</c>, optionally prefixed by <c>+86</c>, <c>0086</c> or <c>86</c>;</item>
/// <item>mainland landlines with area code: <c>010-12345678</c>, <c>0755 1234 5678</c>, <c>+86 10 12345678</c> or
/// <c>+86 (0)755 1234 5678</c>; area codes 010 and 02x have three digits, all others four; the local number has 7 or 8 digits;</item>
/// <item>E.164 numbers outside mainland China: <c>+</c> (or the international prefix <c>00</c>), a country code and up to
/// 15 digits in all (<c>+852 2123 4567</c>, <c>00852 2123 4567</c>).</item>
/// </list>
/// <para>Input is read as people in China type it: full-width digits, <c>＋</c>, brackets and hyphens (<c>（０１０）１２３４５６７８</c>),
/// dashes, tabs, no-break and ideographic spaces are read as their plain forms. Input longer than
/// <see cref="MaxInputLength"/> characters is refused without being quoted in the error.</para>
/// <para>The normalised text (<see cref="ToString"/>) is <c>13812345678</c>, <c>010-12345678</c> or <c>+85221234567</c>.
/// Use <see cref="Masked"/> when writing a number to a log. Immutable; safe to share between threads.</para>
/// </remarks>
public readonly struct ContactPhone : IEquatable<ContactPhone>
{
    /// <summary>The message that names the accepted forms; part of every parse error.</summary>
    public const string AcceptedForms =
        "Accepted forms: a mainland mobile number (11 digits starting 13-19, e.g. 13812345678), " +
        "a landline with area code (e.g. 010-12345678 or 0755 1234 5678), " +
        "or an international number in E.164 form (e.g. +85221234567).";

    /// <summary>
    /// The longest input <see cref="Parse"/> and <see cref="TryParse(string?, out ContactPhone, out string?)"/> read:
    /// longer text is refused without being scanned or quoted back, so a pasted document never floods a log.
    /// </summary>
    public const int MaxInputLength = 64;

    private readonly string? _normalized;
    private readonly byte _areaCodeLength;

    private ContactPhone(string normalized, ContactPhoneKind kind, byte areaCodeLength)
    {
        _normalized = normalized;
        Kind = kind;
        _areaCodeLength = areaCodeLength;
    }

    /// <summary>Which form the number has.</summary>
    public ContactPhoneKind Kind { get; }

    /// <summary>The normalised number; empty for <c>default(ContactPhone)</c>.</summary>
    public string Value => _normalized ?? string.Empty;

    /// <summary>Whether this is <c>default(ContactPhone)</c>, which holds no number.</summary>
    public bool IsEmpty => _normalized is null;

    /// <summary>The number's digits only (without <c>+</c> or separators).</summary>
    public string Digits => Value.Replace("-", string.Empty, StringComparison.Ordinal).TrimStart('+');

    /// <summary>
    /// The number with all but the first three and last four digits replaced by <c>*</c>
    /// (<c>138****5678</c>, <c>010-****5678</c>); numbers shorter than 11 digits show only their last four.
    /// </summary>
    public string Masked
    {
        get
        {
            var digits = Digits;
            if (digits.Length == 0)
            {
                return string.Empty;
            }

            var head = digits.Length >= 11 ? 3 : 0;
            var masked = string.Concat(digits.AsSpan(0, head), new string('*', digits.Length - head - 4), digits.AsSpan(digits.Length - 4));
            return Kind switch
            {
                ContactPhoneKind.International => "+" + masked,
                ContactPhoneKind.Landline when head == 3 && _areaCodeLength == 3 => masked.Insert(3, "-"),
                _ => masked,
            };
        }
    }

    /// <summary>Parses a telephone number in one of the <see cref="AcceptedForms"/>.</summary>
    /// <param name="text">The number as a person typed or said it.</param>
    /// <returns>The normalised number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an accepted form, or is longer than <see cref="MaxInputLength"/>;
    /// the message says why and names the accepted forms.</exception>
    public static ContactPhone Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var phone, out var error)
            ? phone
            : throw new FormatException(error);
    }

    /// <summary>Tries to parse a telephone number in one of the <see cref="AcceptedForms"/>.</summary>
    /// <param name="text">The number as a person typed or said it.</param>
    /// <param name="phone">The normalised number, when parsing succeeded.</param>
    /// <returns>Whether <paramref name="text"/> was an accepted form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ContactPhone phone) => TryParse(text, out phone, out _);

    /// <summary>Tries to parse a telephone number, and says why it failed.</summary>
    /// <param name="text">The number as a person typed or said it.</param>
    /// <param name="phone">The normalised number, when parsing succeeded.</param>
    /// <param name="error">Why parsing failed, naming the accepted forms; null on success.</param>
    /// <returns>Whether <paramref name="text"/> was an accepted form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ContactPhone phone, [NotNullWhen(false)] out string? error)
    {
        phone = default;
        if (text is { Length: > MaxInputLength })
        {
            // Not quoted back: whatever was pasted here may be a resident's data, and it would flood the log.
            error = $"A contact phone number has at most {MaxInputLength} characters, but this input has {text.Length}. {AcceptedForms}";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A contact phone number is required. " + AcceptedForms;
            return false;
        }

        Span<char> digits = stackalloc char[32];
        var count = 0;
        var plus = false;
        foreach (var raw in text)
        {
            var c = Plain(raw);
            if (c is >= '0' and <= '9')
            {
                if (count == digits.Length)
                {
                    error = Fail(text, "it has too many digits");
                    return false;
                }

                digits[count++] = c;
            }
            else if (c == '+' && count == 0 && !plus)
            {
                plus = true;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                error = Fail(text, $"'{raw}' is not a digit or separator");
                return false;
            }
        }

        ReadOnlySpan<char> d = digits[..count];
        if (!plus && d.StartsWith("00"))
        {
            // 00 is the international prefix dialled from China (0086 138..., 00852 ...); no area code starts 00.
            plus = true;
            d = d[2..];
        }

        if (plus || (count == 13 && d.StartsWith("86")))
        {
            if (!d.StartsWith("86"))
            {
                // E.164: country code 1-3 digits, at most 15 digits in all; 8 is a sane minimum.
                if (d.Length is < 8 or > 15 || d[0] == '0')
                {
                    error = Fail(text, "an international number needs 8 to 15 digits after '+' (or 00), not starting with 0");
                    return false;
                }

                phone = new ContactPhone(string.Concat("+", d), ContactPhoneKind.International, 0);
                error = null;
                return true;
            }

            d = d[2..];
            if (d.Length > 0 && d[0] != '0' && !IsMobile(d))
            {
                // +86 landlines drop the trunk prefix 0; when it is written anyway (+86 (0)755 ...) it is read below.
                return TryLandline(text, string.Concat("0", d), out phone, out error);
            }
        }

        if (d.Length > 0 && d[0] == '0')
        {
            return TryLandline(text, d, out phone, out error);
        }

        if (IsMobile(d))
        {
            phone = new ContactPhone(new string(d), ContactPhoneKind.Mobile, 0);
            error = null;
            return true;
        }

        error = Fail(text, d.Length > 0 && d[0] == '1'
            ? "a mobile number has 11 digits and starts with 13 to 19"
            : "a landline needs its area code (starting with 0)");
        return false;
    }

    private static bool IsMobile(ReadOnlySpan<char> d) => d.Length == 11 && d[0] == '1' && d[1] is >= '3' and <= '9';

    // Full-width forms (what a Chinese input method types), dashes and the many spaces people paste, as plain ASCII.
    private static char Plain(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '＋' => '+',
        '（' => '(',
        '）' => ')',
        '－' or '‐' or '‑' or '‒' or '–' or '—' => '-',
        '．' => '.',
        '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' => ' ',
        _ => c,
    };

    private static bool TryLandline(string text, ReadOnlySpan<char> d, out ContactPhone phone, out string? error)
    {
        phone = default;
        // 010 and 02x are the only three-digit area codes; every other one has four digits and does not start 01.
        // The shortest landline is a three-digit area code and a 7-digit local number.
        var threeDigitArea = d.Length >= 10 && (d[1] == '2' || (d[1] == '1' && d[2] == '0'));
        var areaLength = threeDigitArea ? 3 : 4;
        var local = d.Length - areaLength;
        if (d.Length < 10 || (!threeDigitArea && d[1] == '1') || local is < 7 or > 8 || d[areaLength] == '0')
        {
            error = Fail(text, "a landline is an area code (010, 02x or a four-digit code) and a 7- or 8-digit local number not starting with 0");
            return false;
        }

        phone = new ContactPhone(string.Concat(d[..areaLength], "-", d[areaLength..]), ContactPhoneKind.Landline, (byte)areaLength);
        error = null;
        return true;
    }

    private static string Fail(string text, string why) =>
        $"'{text}' is not a valid contact phone number: {why}. {AcceptedForms}";

    /// <summary>
    /// Formats the number for people: <c>138 1234 5678</c>, <c>010-1234 5678</c>, <c>+852 2123 4567</c> (country codes of
    /// one to three digits are split off as listed by the ITU for the common cases).
    /// The result parses back to the same number.
    /// </summary>
    public string Format()
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        var value = Value;
        switch (Kind)
        {
            case ContactPhoneKind.Mobile:
                return $"{value[..3]} {value[3..7]} {value[7..]}";
            case ContactPhoneKind.Landline:
                var area = value[.._areaCodeLength];
                var local = value[(_areaCodeLength + 1)..];
                return $"{area}-{local[..^4]} {local[^4..]}";
            default:
                var digits = value[1..];
                var cc = CountryCodeLength(digits);
                var rest = digits[cc..]; // at least 5 digits: 8 or more in all, at most 3 in the country code
                return $"+{digits[..cc]} {rest[..^4]} {rest[^4..]}";
        }
    }

    // 1 (NANP) and 7 (Russia/Kazakhstan) are one digit; zones 2 and 3-4 mostly have two digits except
    // the 2xx/3xx/4xx/5xx/6xx/8xx/9xx three-digit blocks. This only affects where a space goes.
    private static int CountryCodeLength(string digits) => digits[0] switch
    {
        '1' or '7' => 1,
        '2' => digits[1] is '0' or '7' ? 2 : 3,
        '3' => digits[1] is '5' or '7' or '8' ? 3 : 2,
        '4' => digits[1] == '2' ? 3 : 2,
        '5' => digits[1] is '0' or '9' ? 3 : 2,
        '6' => digits[1] is >= '7' ? 3 : 2,
        '8' => digits[1] is '5' or '7' or '8' ? 3 : 2,
        '9' => digits[1] is '6' or '7' or '9' ? 3 : 2,
        _ => 2,
    };

    /// <inheritdoc/>
    public bool Equals(ContactPhone other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ContactPhone other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the normalised number. Prefer <see cref="Masked"/> for logs.</summary>
    public override string ToString() => Value;

    /// <summary>Compares two numbers for equality.</summary>
    public static bool operator ==(ContactPhone left, ContactPhone right) => left.Equals(right);

    /// <summary>Compares two numbers for inequality.</summary>
    public static bool operator !=(ContactPhone left, ContactPhone right) => !left.Equals(right);
}
