using ServiceStandard.Comparison;

namespace ServiceStandard.Tests.Comparison;

public sealed class MaterialSynonymsTests
{
    [Theory]
    [InlineData("居民身份证", "身份证")]
    [InlineData("第二代居民身份证", "居民身份证")]
    [InlineData("营业执照副本", "营业执照")]
    [InlineData("户口本", "户口簿")]
    [InlineData("法定代表人（负责人）身份证明", "法定代表人或者负责人身份证明")]
    [InlineData("法定代表人(负责人)身份证明", "法定代表人或者负责人身份证明")]
    [InlineData("公共场所卫生许可 申请表", "公共场所卫生许可申请表")]
    [InlineData("ＡＢ类证明", "AB类证明")]
    public void Names_that_mean_the_same_document_share_a_key(string first, string second) =>
        Assert.True(MaterialSynonyms.Default.AreSame(first, second));

    [Theory]
    [InlineData("身份证明", "身份证")]
    [InlineData("法定代表人身份证明", "身份证")]
    [InlineData("法定代表人身份证明", "居民身份证")]
    [InlineData("有效身份证件", "居民身份证")]
    [InlineData("法定代表人身份证明", "法定代表人或者负责人身份证明")]
    [InlineData("营业执照", "营业执照申请书")]
    public void Identity_proofs_and_other_near_names_are_not_the_same_document(string first, string second) =>
        Assert.False(MaterialSynonyms.Default.AreSame(first, second));

    [Fact]
    public void The_key_of_a_synonym_is_its_group_first_name()
    {
        Assert.Equal("居民身份证", MaterialSynonyms.Default.Key("身份证"));
        Assert.Equal("身份证", MaterialSynonyms.None.Key("身份证"));
    }

    [Fact]
    public void A_name_in_two_groups_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => new MaterialSynonyms([["身份证", "居民身份证"], ["身份证", "身份证明"]]));
}
