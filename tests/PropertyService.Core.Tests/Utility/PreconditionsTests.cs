using FsCheck.Xunit;

namespace PropertyService.Utility;

public class PreconditionsTests
{
    private enum Gapped
    {
        Zero = 0,
        Two = 2,
    }

    private enum Signed
    {
        Minus = -1,
        Zero = 0,
    }

    private enum Small : byte
    {
        Zero = 0,
        One = 1,
    }

    private enum Wide : long
    {
        Zero = 0,
        One = 1,
    }

    [Fact]
    public void Checks_return_their_argument()
    {
        var text = " a ";

        Assert.Same(text, Preconditions.CheckNotNull(text));
        Assert.Same(text, Preconditions.CheckNotBlank(text));
        Assert.Equal(0m, Preconditions.CheckNonNegative(0m));
        Assert.Equal(0, Preconditions.CheckNonNegative(0));
        Assert.Equal(1, Preconditions.CheckPositive(1));
        Assert.Equal(Role.Resident, Preconditions.CheckDefined(Role.Resident));
    }

    [Fact]
    public void Null_is_an_argument_null_error_naming_the_argument()
    {
        string? name = null;

        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotNull(name)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotBlank(name)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\u3000")]
    public void Blank_text_is_an_argument_error_saying_so(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Preconditions.CheckNotBlank(name));

        Assert.Equal("name", error.ParamName);
        Assert.Equal("name must not be empty or white space. (Parameter 'name')", error.Message);
    }

    [Fact]
    public void Negative_numbers_are_out_of_range_saying_what_they_were()
    {
        var amount = -0.01m;
        var count = -1;

        var decimalError = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckNonNegative(amount));
        var intError = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckNonNegative(count));

        Assert.Equal("amount", decimalError.ParamName);
        Assert.Equal(amount, decimalError.ActualValue);
        Assert.StartsWith("amount must not be negative, but was -0.01.", decimalError.Message);
        Assert.Equal("count", intError.ParamName);
        Assert.Equal(count, intError.ActualValue);
        Assert.StartsWith("count must not be negative, but was -1.", intError.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Zero_and_less_are_not_positive(int version)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckPositive(version));

        Assert.Equal("version", error.ParamName);
        Assert.Equal(version, error.ActualValue);
        Assert.StartsWith($"version must be positive, but was {version}.", error.Message);
    }

    [Fact]
    public void An_undefined_enum_value_is_out_of_range_naming_the_enum()
    {
        var role = (Role)7;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckDefined(role));

        Assert.Equal("role", error.ParamName);
        Assert.Equal(role, error.ActualValue);
        Assert.StartsWith("role has the undefined value 7 for Role.", error.Message);
    }

    [Fact]
    public void Enums_numbered_0_to_n_minus_1_take_the_range_check_and_others_ask_the_runtime()
    {
        Assert.Equal(7u, Preconditions.DefinedValues<Role>.SequentialCount);
        Assert.Equal(2u, Preconditions.DefinedValues<LocationKind>.SequentialCount);
        Assert.Equal(0u, Preconditions.DefinedValues<Gapped>.SequentialCount);
        Assert.Equal(0u, Preconditions.DefinedValues<Signed>.SequentialCount);
        Assert.Equal(0u, Preconditions.DefinedValues<Small>.SequentialCount);
        Assert.Equal(0u, Preconditions.DefinedValues<Wide>.SequentialCount);
    }

    [Property]
    public bool CheckDefined_agrees_with_Enum_IsDefined(int value) =>
        Agrees((Role)value) && Agrees((Gapped)value) && Agrees((Signed)value) && Agrees((Small)value) && Agrees((Wide)value);

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(7)]
    public void CheckDefined_agrees_with_Enum_IsDefined_at_the_edges(int value) =>
        Assert.True(CheckDefined_agrees_with_Enum_IsDefined(value));

    private static bool Agrees<T>(T value)
        where T : struct, Enum
    {
        try
        {
            return Preconditions.CheckDefined(value).Equals(value) && Enum.IsDefined(value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return !Enum.IsDefined(value);
        }
    }
}
