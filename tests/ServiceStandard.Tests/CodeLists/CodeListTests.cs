using ServiceStandard.CodeLists;

namespace ServiceStandard.Tests.CodeLists;

public sealed class CodeListTests
{
    [Fact]
    public void Every_enum_value_has_exactly_one_entry_in_its_code_list()
    {
        foreach (var list in CodeListCatalog.All)
        {
            var values = Enum.GetNames(list.EnumType);
            Assert.Equal(values.Length, list.Faces.Count());
            Assert.Equal(values.Length, list.Faces.Select(f => f.Token).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("01", CodeFace.NationalCode)]
    [InlineData("1", CodeFace.NationalCode)]
    [InlineData("行政许可", CodeFace.Label)]
    [InlineData("administrativeLicensing", CodeFace.Token)]
    public void A_value_is_found_by_any_face_and_says_which(string text, CodeFace face)
    {
        Assert.True(CodeListCatalog.ItemTypes.TryParse(text, out var value, out var found));
        Assert.Equal(ItemType.AdministrativeLicensing, value);
        Assert.Equal(face, found);
    }

    [Theory]
    [InlineData("AdministrativeLicensing")]
    [InlineData("licence")]
    [InlineData("11")]
    [InlineData("")]
    public void Text_that_is_no_face_of_any_value_is_refused(string text) =>
        Assert.False(CodeListCatalog.ItemTypes.TryParse(text, out _, out _));

    [Fact]
    public void Tokens_match_the_published_code_list_2_8()
    {
        Assert.Equal(["window", "online", "mobile", "post", "selfService"], CodeListCatalog.Channels.Tokens);
        Assert.Equal("4", CodeListCatalog.Channels[Channel.Post].NationalCode);
        Assert.Equal("快递申请", CodeListCatalog.Channels[Channel.Post].Label);
    }
}
