using ServiceStandard.Normalization;
using ServiceStandard.Text;

namespace ServiceStandard.Tests.Normalization;

public sealed class TextFormsTests
{
    [Theory]
    [InlineData("  公共场所卫生许可 ", "公共场所卫生许可")]
    [InlineData("申请表（原件）", "申请表（原件）")]
    [InlineData("《公共场所卫生管理条例》第八条", "《公共场所卫生管理条例》第八条")]
    [InlineData("２０２６年版ＡＢ表", "2026年版AB表")]
    [InlineData("营业执照\u3000或者  其他\t证明", "营业执照 或者 其他 证明")]
    [InlineData("第一行  \r\n  第二行\n\n", "第一行\n第二行")]
    [InlineData("周一至周五 9:00-17:00", "周一至周五 9:00-17:00")]
    public void Prose_is_trimmed_with_half_width_letters_and_digits_and_single_spaces(string written, string canonical)
    {
        Assert.Equal(canonical, TextForms.Prose(written));
        Assert.Equal(canonical, TextForms.Prose(canonical));
    }

    [Theory]
    [InlineData("0917—4821234", "0917-4821234")]
    [InlineData("0917–4821234", "0917-4821234")]
    [InlineData("0917－4821234", "0917-4821234")]
    [InlineData("0917 - 4821234", "0917-4821234")]
    [InlineData("0917——4821234", "0917-4821234")]
    [InlineData("０９１７－４８２１２３４", "0917-4821234")]
    [InlineData(" 12345 ", "12345")]
    [InlineData("400 800 1234", "400 800 1234")]
    public void A_phone_number_has_half_width_digits_and_one_plain_dash(string written, string canonical)
    {
        Assert.Equal(canonical, TextForms.Phone(written));
        Assert.Equal(canonical, TextForms.Phone(canonical));
    }

    [Theory]
    [InlineData("11610331mbe7cyh25a", "11610331MBE7CYH25A")]
    [InlineData(" ６１０３３１ ", "610331")]
    [InlineData("0001 2302 0000", "000123020000")]
    [InlineData("00013112700y", "00013112700Y")]
    public void A_code_is_half_width_upper_case_without_spaces(string written, string canonical)
    {
        Assert.Equal(canonical, TextForms.Code(written));
    }
}
