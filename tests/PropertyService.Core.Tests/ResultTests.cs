using FsCheck.Xunit;

namespace PropertyService;

public class ResultTests
{
    private static readonly Rejection No = new("x.y", "No.", "HR-07", "Phone");

    [Fact]
    public void Success_has_a_value_and_no_rejection()
    {
        Result<int> result = 42;

        Assert.True(result.IsSuccess);
        Assert.False(result.IsRejected);
        Assert.Equal(42, result.Value);
        Assert.Null(result.Rejection);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(42, value);
        Assert.Equal("ok 42", result.Match(v => $"ok {v}", r => r.Code));
        Assert.Equal("Success: 42", result.ToString());
    }

    [Fact]
    public void Rejected_has_no_value()
    {
        Result<int> result = No;

        Assert.True(result.IsRejected);
        Assert.False(result.IsSuccess);
        Assert.Same(No, result.Rejection);
        Assert.Equal("x.y", result.Match(v => "ok", r => r.Code));
        Assert.False(result.TryGetValue(out var value));
        Assert.Equal(0, value);
        var error = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Equal("The command was rejected, so there is no value: [HR-07] x.y (Phone): No.", error.Message);
        Assert.Equal("Rejected: [HR-07] x.y (Phone): No.", result.ToString());
    }

    [Fact]
    public void Success_may_carry_null()
    {
        var result = Result<string?>.Success(null);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value);
        Assert.True(result.TryGetValue(out _));
    }

    [Fact]
    public void Rejected_requires_a_rejection()
    {
        Assert.Equal("rejection", Assert.Throws<ArgumentNullException>(() => Result<int>.Rejected(null!)).ParamName);
        Assert.Equal("rejection", Assert.Throws<ArgumentNullException>(() => { Result<int> r = (Rejection)null!; }).ParamName);
    }

    [Fact]
    public void Match_requires_both_handlers()
    {
        Result<int> result = 1;

        Assert.Equal("onSuccess", Assert.Throws<ArgumentNullException>(() => result.Match(null!, r => 0)).ParamName);
        Assert.Equal("onRejected", Assert.Throws<ArgumentNullException>(() => result.Match(v => 0, null!)).ParamName);
    }

    [Fact]
    public void Default_result_reports_neither_success_nor_rejection()
    {
        var result = default(Result<int>);

        AssertDefaultThrows("Int32", () => result.IsSuccess);
        AssertDefaultThrows("Int32", () => result.IsRejected);
        AssertDefaultThrows("Int32", () => result.Rejection);
        AssertDefaultThrows("Int32", () => result.Value);
        AssertDefaultThrows("Int32", () => result.TryGetValue(out _));
        AssertDefaultThrows("Int32", () => result.Match(v => "ok", r => "no"));
        Assert.Equal("default(Result<Int32>): neither a success nor a rejection", result.ToString());
    }

    [Fact]
    public void Default_result_of_a_reference_type_is_not_a_success_carrying_null()
    {
        var result = default(Result<string>);

        AssertDefaultThrows("String", () => result.IsSuccess);
        AssertDefaultThrows("String", () => result.Value);
    }

    [Property]
    public bool Exactly_one_outcome_holds(int value, bool rejected)
    {
        Result<int> result = rejected ? No : value;
        return result.IsSuccess != result.IsRejected
               && result.IsSuccess == !rejected
               && result.TryGetValue(out var v) == !rejected
               && (rejected || v == value)
               && result.Match(x => x == value, r => r == No);
    }

    private static void AssertDefaultThrows(string type, Func<object?> read)
    {
        var error = Assert.Throws<InvalidOperationException>(read);
        Assert.Equal(
            $"This Result<{type}> is default(Result<{type}>), which is neither a success nor a rejection. " +
            "Create results with Result<T>.Success, Result<T>.Rejected or by returning a value or a Rejection.",
            error.Message);
    }
}
