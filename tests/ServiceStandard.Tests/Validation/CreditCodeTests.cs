using ServiceStandard.Codes;

namespace ServiceStandard.Tests.Validation;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // published example of GB 32100
    [InlineData("11330400MB879MKF0J")]
    [InlineData("11610331MBE7CYH25A")]
    public void A_real_credit_code_has_a_valid_check_character(string code)
    {
        Assert.True(CreditCode.HasValidCheckCharacter(code));
        Assert.True(OrganizationCode.HasValidCheckCharacter(CreditCode.OrganizationCode(code)));
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("11330400MB879MKF0", 'J')]
    public void The_check_character_is_computed_by_gb_32100(string first17, char expected) =>
        Assert.Equal(expected, CreditCode.CheckCharacter(first17));

    [Theory]
    [InlineData("D2143569", 'X')] // C = 10 -> X
    [InlineData("00000000", '0')] // sum ≡ 0 -> 11 -> '0' (not NUL, not "11")
    [InlineData("M000100Y", '4')] // organisation code of 91350100M000100Y43
    public void The_organisation_code_check_maps_10_to_X_and_11_to_0(string first8, char? expected) =>
        Assert.Equal(expected, OrganizationCode.CheckCharacter(first8));

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y4I")]
    [InlineData("9135010OM000100Y43")]
    public void Malformed_codes_are_not_valid(string code) => Assert.False(CreditCode.HasValidCheckCharacter(code));
}
