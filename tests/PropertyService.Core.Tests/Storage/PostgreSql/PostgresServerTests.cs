using System.Reflection;
using System.Text.RegularExpressions;

namespace PropertyService.Storage.PostgreSql;

public sealed class PostgresServerTests
{
    [Fact]
    public void A_new_schema_name_is_a_fresh_lowercase_identifier()
    {
        var name = PostgresServer.NewSchemaName();
        Assert.Matches(new Regex("^t_[0-9a-f]{16}$"), name);
        Assert.NotEqual(name, PostgresServer.NewSchemaName());
        Assert.Matches(new Regex("^events_2_[0-9a-f]{16}$"), PostgresServer.NewSchemaName("events_2"));
        Assert.Equal(63, PostgresServer.NewSchemaName(new string('a', 46)).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("T")]
    [InlineData("2t")]
    [InlineData("t-1")]
    [InlineData("é")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void A_prefix_that_would_not_make_an_unquoted_identifier_is_refused(string prefix) =>
        Assert.ThrowsAny<ArgumentException>(() => PostgresServer.NewSchemaName(prefix));

    // A plain [Fact] or [Property] in the contract suite would fail, not skip, for a store without a server.
    [Fact]
    public void Every_contract_test_can_skip()
    {
        var tests = typeof(EventStoreContractTests).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute || a.GetType().Namespace?.StartsWith("FsCheck", StringComparison.Ordinal) == true))
            .ToList();
        Assert.NotEmpty(tests);
        Assert.All(tests, m => Assert.True(
            m.GetCustomAttribute<SkippableFactAttribute>() is not null || m.GetCustomAttribute<SkippableTheoryAttribute>() is not null,
            $"{m.Name} is not a [SkippableFact] or [SkippableTheory]"));
    }
}
