namespace PropertyService;

/// <summary>The forms of telephone number that <see cref="ContactPhone"/> accepts.</summary>
public enum ContactPhoneKind
{
    /// <summary>A mainland China mobile number: 11 digits starting with 13–19, such as <c>13812345678</c>.</summary>
    Mobile = 0,

    /// <summary>A mainland China landline with its area code, such as <c>010-12345678</c> or <c>0755-12345678</c>.</summary>
    Landline = 1,

    /// <summary>A number outside mainland China in E.164 form, such as <c>+85221234567</c>.</summary>
    International = 2,
}
