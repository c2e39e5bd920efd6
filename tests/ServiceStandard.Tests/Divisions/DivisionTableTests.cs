using ServiceStandard.Codes;
using ServiceStandard.Divisions;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;
using ServiceStandard.Tests.Validation;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Divisions;

/// <summary>Divisions created after the built-in table, added from a file for one flow of work; credit codes under former codes.</summary>
public sealed class DivisionTableTests
{
    [Theory]
    [InlineData("441900", "广东省东莞市")]
    [InlineData("442000", "广东省中山市")]
    [InlineData("460400", "海南省儋州市")]
    public void A_city_with_no_counties_is_a_city_under_its_province(string code, string fullName)
    {
        var division = DivisionTable.Find(code)!;

        Assert.Equal((DivisionLevel.City, code[..2] + "0000"), (division.Level, division.ParentCode));
        Assert.Equal(fullName, DivisionTable.FullName(code));
        Assert.True(DivisionTable.IsWithin(code, code[..2] + "0000"));
        Assert.False(DivisionTable.IsWithin(code, "330000"));
    }

    [Fact]
    public void A_division_added_as_its_own_parent_ends_the_walk_up()
    {
        using (DivisionTable.Use([new Division("339900", "新设市", DivisionLevel.City, "339900")]))
        {
            Assert.Null(DivisionTable.ParentOf(DivisionTable.Find("339900")!));
            Assert.Equal("新设市", DivisionTable.FullName("339900"));
            Assert.False(DivisionTable.IsWithin("339900", "440000"));
        }
    }

    [Fact]
    public void Two_divisions_added_as_each_others_parent_end_the_walk_up()
    {
        using (DivisionTable.Use([new Division("339800", "甲市", DivisionLevel.City, "339900"), new Division("339900", "乙市", DivisionLevel.City, "339800")]))
        {
            Assert.Null(DivisionTable.ParentOf(DivisionTable.Find("339800")!));
            Assert.Equal("甲市", DivisionTable.FullName("339800"));
            Assert.False(DivisionTable.IsWithin("339800", "339900"));
        }
    }

    [Fact]
    public void A_divisions_file_adds_a_county_for_as_long_as_its_scope_lasts()
    {
        var file = Path.Combine(Path.GetTempPath(), $"divisions-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "code,name\n330499,新设区\n339900,新设市\n339901,新设市辖区\n");

        var divisions = DivisionTable.Read(file, out var diagnostics)!;

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["330499 新设区 County 330400", "339900 新设市 City 330000", "339901 新设市辖区 County 339900"],
            divisions.Select(d => $"{d.Code} {d.Name} {d.Level} {d.ParentCode}"));
        Assert.Null(DivisionTable.Find("330499"));
        using (DivisionTable.Use(divisions))
        {
            Assert.Equal("新设区", DivisionTable.Find("330499")!.Name);
            Assert.True(DivisionTable.IsWithin("339901", "330000"));
            Assert.Equal("浙江省嘉兴市新设区", DivisionTable.FullName("330499"));
        }

        Assert.Null(DivisionTable.Find("330499"));
        File.Delete(file);
    }

    [Fact]
    public void A_line_that_is_not_a_division_is_an_error_at_its_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"divisions-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "330499,新设区\n33049,坏\n330498,\n\n");

        Assert.Null(DivisionTable.Read(file, out var diagnostics));
        Assert.Equal(["SS1306 error 2:1 /", "SS1306 error 3:1 /"], DiagnosticLines.Of(diagnostics));
        File.Delete(file);
    }

    [Fact]
    public void A_region_created_after_the_table_is_known_while_its_divisions_are_in_use()
    {
        var document = RuleTests.Base.Replace("code: \"330400\", name: 嘉兴市", "code: \"330499\", name: 新设区", StringComparison.Ordinal);

        var before = InventoryValidator.Validate(InventoryLoader.LoadText(document, DocumentFormat.Yaml));
        using var scope = DivisionTable.Use([new Division("330499", "新设区", DivisionLevel.County, "330400")]);
        var after = InventoryValidator.Validate(InventoryLoader.LoadText(document, DocumentFormat.Yaml));

        Assert.Contains(before.Diagnostics, d => d.Code == "SS2104");
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "SS2104");
        Assert.All(after.Diagnostics, d => Assert.Equal("SS2105", d.Code)); // the credit codes were registered in the city: rightly named
    }

    [Fact]
    public void A_credit_code_under_a_division_the_table_does_not_list_is_an_info_naming_it_not_a_warning()
    {
        var body = "11330499MB879MKF0";
        var code = body + CreditCode.CheckCharacter(body);
        var document = RuleTests.Base.Replace("\"11330400MB879MKF0J\"", $"\"{code}\"", StringComparison.Ordinal)
            .Replace($"\"11330400MB879MKF0J3000123020000\"", $"\"{code}3000123020000\"", StringComparison.Ordinal);

        var result = InventoryValidator.Validate(InventoryLoader.LoadText(document, DocumentFormat.Yaml));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("SS2108 info 12:19 /items/0/authority/creditCode", DiagnosticLines.Of(finding));
        Assert.Equal(
            $"“{code}”登记于行政区划 330499，2023-06-30 的 GB/T 2260 表中没有该代码：多半是原行政区划代码（信用代码保留首次登记时的区划）。",
            finding.Message(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    }
}
