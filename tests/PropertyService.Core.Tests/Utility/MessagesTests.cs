using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using PropertyService.Utility;

namespace PropertyService.Utility;

public sealed class MessagesTests
{
    private static readonly string ResourceFolder = Path.Combine(Repository.Root, "src", "PropertyService.Core", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void Every_text_exists_in_English_and_in_Chinese_with_the_same_placeholders()
    {
        var english = Read("Messages.resx");
        var chinese = Read("Messages.zh-Hans.resx");
        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), key);
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), key);
            Assert.True(Placeholders(text).SetEquals(Placeholders(chinese[key])), $"{key}: '{text}' and '{chinese[key]}' fill different placeholders.");
        }
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-TW")]
    [InlineData("zh")]
    public void A_Chinese_culture_reads_Chinese(string culture) =>
        Assert.Equal("简体中文", Messages.Get("Language.Name", CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Every_other_culture_reads_English(string culture) =>
        Assert.Equal("English", Messages.Get("Language.Name", CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void The_current_UI_culture_chooses_the_language()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("简体中文", Messages.Get("Language.Name"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("English", Messages.Get("Language.Name"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_missing_text_is_a_clear_error() =>
        Assert.Contains("no-such-key", Assert.Throws<MissingManifestResourceException>(() => Messages.Get("no-such-key")).Message);

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{(\d+)[^}]*\}").Select(m => m.Groups[1].Value)];
}
