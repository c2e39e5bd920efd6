using System.Globalization;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Normalization;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Normalization;

/// <summary>Chinese element names and flat spreadsheet keys are read as canonical keys by the loader itself.</summary>
public sealed class KeyAliasTests
{
    private static readonly Dictionary<string, string> Required = new()
    {
        ["basicCode"] = "basicCode: \"000123020000\"",
        ["name"] = "name: 公共场所卫生许可",
        ["type"] = "type: administrativeLicensing",
        ["authority"] = "authority: { name: 嘉兴市卫生健康委员会 }",
    };

    /// <summary>The element names and flat keys the issue names, each with the exact canonical value it gives.</summary>
    public static TheoryData<string, string, string> NamedAliases() => new()
    {
        { "事项名称: 公共场所卫生许可", "/items/0/name", "\"公共场所卫生许可\"" },
        { "基本编码: \"000123020000\"", "/items/0/basicCode", "\"000123020000\"" },
        { "实施编码: \"11330400MB1234567X3000123020000\"", "/items/0/implementationCode", "\"11330400MB1234567X3000123020000\"" },
        { "事项类型: 行政许可", "/items/0/type", "\"administrativeLicensing\"" },
        { "事项状态: 暂停", "/items/0/status", "\"suspended\"" },
        { "实施主体: 嘉兴市卫生健康委员会", "/items/0/authority", "{\"name\":\"嘉兴市卫生健康委员会\"}" },
        { "实施主体: { 实施主体名称: 局, 行使层级: 市级 }", "/items/0/authority", "{\"name\":\"局\",\"level\":\"municipal\"}" },
        { "行使层级: 县级", "/items/0/authority/level", "\"county\"" },
        { "服务对象: [自然人]", "/items/0/serviceObjects", "[\"naturalPerson\"]" },
        { "办件类型: 即办件", "/items/0/handlingType", "\"immediate\"" },
        { "法定办结时限: 20个工作日", "/items/0/timeLimits", "{\"legal\":{\"value\":20,\"unit\":\"workingDays\",\"note\":\"20个工作日\"}}" },
        { "承诺办结时限: 即办", "/items/0/timeLimits", "{\"committed\":{\"value\":0,\"unit\":\"immediate\",\"note\":\"即办\"}}" },
        { "办结时限: { 法定办结时限: { 时限数值: 20, 时限单位: 工作日 } }", "/items/0/timeLimits/legal", "{\"value\":20,\"unit\":\"workingDays\"}" },
        { "受理条件: [已取得营业执照]", "/items/0/guide", "{\"acceptanceConditions\":[\"已取得营业执照\"]}" },
        { "申请材料: [{ 材料名称: 申请表, 必要性: 是, 材料类型: 原件, 材料形式: 纸质, 份数: 1, 来源渠道: 申请人自备 }]", "/items/0/guide/materials",
            "[{\"name\":\"申请表\",\"required\":true,\"form\":\"original\",\"medium\":\"paper\",\"copies\":1,\"source\":\"applicant\"}]" },
        { "办理流程: { 办理环节: [{ 环节名称: 受理, 办理人员: 窗口, 环节时限: 1个工作日 }] }", "/items/0/process",
            "{\"steps\":[{\"name\":\"受理\",\"actor\":\"窗口\",\"timeLimit\":{\"value\":1,\"unit\":\"workingDays\",\"note\":\"1个工作日\"}}]}" },
        { "收费: 否", "/items/0/guide/fees", "{\"charged\":false}" },
        { "收费: { 是否收费: 是, 收费项目: [{ 收费项目名称: 工本费, 收费标准: 10 }] }", "/items/0/guide/fees", "{\"charged\":true,\"items\":[{\"name\":\"工本费\",\"amount\":10}]}" },
        { "咨询电话: \"0917-4821234\"", "/items/0/contacts", "{\"consultation\":[{\"phone\":\"0917-4821234\"}]}" },
        { "投诉电话: \"12345\"", "/items/0/contacts", "{\"complaint\":[{\"phone\":\"12345\"}]}" },
        { "到办事现场次数: 1", "/items/0/guide/onsiteVisits", "1" },
        { "网上办理深度: 3", "/items/0/guide/onlineDepth", "3" },
        { "办理形式: [网上办理, 窗口办理]", "/items/0/guide/channels", "[\"window\",\"online\"]" },
        { "必须现场办理原因说明: 核验原件", "/items/0/guide/onsiteVisitReason", "\"核验原件\"" },
        { "审批结果: { 审批结果类型: 证照, 审批结果名称: 卫生许可证, 有效期: P4Y }", "/items/0/guide/result", "{\"type\":\"certificate\",\"name\":\"卫生许可证\",\"validity\":\"P4Y\"}" },
        { "联系方式: { 咨询方式: [{ 电话: \"12345\", 网址: \"https://zwfw.example\" }] }", "/items/0/contacts", "{\"consultation\":[{\"phone\":\"12345\",\"url\":\"https://zwfw.example\"}]}" },
        { "主题分类: [卫生]", "/items/0/themes", "[\"卫生\"]" },
        { "扩展: { 本地编码: \"A1\" }", "/items/0/extensions", "{\"本地编码\":\"A1\"}" },
    };

    [Theory]
    [MemberData(nameof(NamedAliases))]
    public void A_chinese_key_on_an_item_gives_the_canonical_value(string written, string pointer, string expected)
    {
        Assert.Equal(expected, Normalized.At(Item(written), pointer));
    }

    [Theory]
    [InlineData("行政区划代码: \"610331\"", "/region", "{\"code\":\"610331\",\"name\":\"太白县\"}")]
    [InlineData("行政区划: { 行政区划代码: \"610331\", 行政区划名称: 太白 }", "/region", "{\"code\":\"610331\",\"name\":\"太白\"}")]
    [InlineData("发布部门: { 部门名称: 太白县行政审批服务局 }\nregion: { code: \"610331\" }", "/department", "{\"name\":\"太白县行政审批服务局\"}")]
    [InlineData("发布日期: \"2026-01-20\"\nregion: { code: \"610331\" }", "/publishedOn", "\"2026-01-20\"")]
    public void A_chinese_key_on_the_inventory_gives_the_canonical_value(string written, string pointer, string expected)
    {
        var yaml = "格式版本: \"1.0\"\n" + written + "\n事项: []\n";

        Assert.Equal(expected, Normalized.At(yaml, pointer));
    }

    public static TheoryData<string, string, string> EveryAlias()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var alias in KeyAliases.All)
        {
            data.Add(alias.Owner.Name, alias.Alias, alias.Target);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAlias))]
    public void Every_alias_of_the_table_is_resolved_to_its_target_with_an_info(string owner, string alias, string target)
    {
        var type = typeof(Inventory).Assembly.GetType("ServiceStandard.Model." + owner)!;
        var written = new MappingNode(new SourcePosition(1, 1));
        var value = new ScalarNode(new SourcePosition(1, 9), "v", ScalarStyle.Text);
        written.Entries.Add(new MappingEntry(alias, new SourcePosition(1, 1), value));
        var rewrites = new DiagnosticBag(null);

        var resolved = new AliasResolver(new DiagnosticBag(null), rewrites).Object(written, type, "/x");

        SourceNode node = resolved;
        foreach (var segment in target.Split('/'))
        {
            node = node is SequenceNode list ? list.Items[int.Parse(segment, CultureInfo.InvariantCulture)] : Assert.Single(((MappingNode)node).Entries, e => e.Key == segment).Value;
        }

        var path = "/x/" + target;
        if (node is MappingNode { Entries: [var only] } && target.EndsWith(only.Key == "name" ? "authority" : "fees", StringComparison.Ordinal))
        {
            node = only.Value; // 实施主体: 某局 and 收费: 否 stand for one key of the object
            path += "/" + only.Key;
        }

        Assert.Same(value, node);
        var info = Assert.Single(rewrites.Items, d => d.Path == path);
        Assert.Equal("SS8001", info.Code);
        Assert.Equal($"'{alias}' is read as {path}.", info.Message(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Diagnostics_about_an_aliased_key_carry_the_canonical_path_and_the_position_as_written()
    {
        var load = InventoryLoader.LoadText(Normalized.Header + "items:\n  - 基本编码: \"00012302000\"\n    事项名称: 事项\n    事项类型: 行政许可\n    实施主体: 局\n    咨询电话: [1]\n", DocumentFormat.Yaml);

        Assert.Equal(["SS1104 error 4:11 /items/0/basicCode", "SS1102 error 8:11 /items/0/contacts/consultation/0/phone"], DiagnosticLines.Of(load.Diagnostics));
        Assert.Equal(new SourcePosition(8, 5), load.Locate("/items/0/contacts/consultation/0/phone")); // a list reached through a key is located at the key
        Assert.Equal(new SourcePosition(7, 11), load.Locate("/items/0/authority/name"));
    }

    [Fact]
    public void A_flat_key_merges_into_the_nested_object_written_beside_it()
    {
        var yaml = Item("timeLimits: { legal: { value: 20, unit: workingDays } }\n    承诺办结时限: 5个工作日\n    contacts: { consultation: [ { email: a@b.cn }, { phone: \"12345\" } ] }\n    咨询电话: \"0917-4821234\"");

        Assert.Equal("{\"legal\":{\"value\":20,\"unit\":\"workingDays\"},\"committed\":{\"value\":5,\"unit\":\"workingDays\",\"note\":\"5个工作日\"}}", Normalized.At(yaml, "/items/0/timeLimits"));
        Assert.Equal("{\"consultation\":[{\"phone\":\"0917-4821234\",\"email\":\"a@b.cn\"},{\"phone\":\"12345\"}]}", Normalized.At(yaml, "/items/0/contacts"));
    }

    [Fact]
    public void A_key_given_twice_through_an_alias_is_an_error_at_the_second()
    {
        var load = InventoryLoader.LoadText(Normalized.Header + "items:\n  - " + string.Join("\n    ", Required.Values) + "\n    事项名称: 另一个名称\n    timeLimits: { legal: 20个工作日 }\n    法定办结时限: 30个工作日\n", DocumentFormat.Yaml);

        Assert.Equal(
            ["SS8002 error 8:5 /items/0/name", "SS8101 info 9:26 /items/0/timeLimits/legal", "SS8002 error 10:5 /items/0/timeLimits/legal"],
            DiagnosticLines.Of(load.Diagnostics.OrderBy(d => d.Position!.Value.Line)));
        Assert.Equal("'事项名称' gives /items/0/name again; 'name' at line 5 already gave it.", load.Diagnostics[0].Message(CultureInfo.InvariantCulture));
        Assert.False(load.IsValid);
    }

    [Fact]
    public void Unknown_keys_and_extensions_are_not_aliased()
    {
        var yaml = Item("extensions: { 事项名称: 本地名称 }\n    本地字段: { 事项名称: x }");

        Assert.Equal("{\"事项名称\":\"本地名称\"}", Normalized.At(yaml, "/items/0/extensions"));
        Assert.Equal("{\"事项名称\":\"x\"}", Normalized.At(yaml, "/items/0/本地字段"));
    }

    [Fact]
    public void The_normalization_page_lists_every_alias_of_the_table()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "normalization.md"));

        Assert.Contains(AliasTable.Markdown(), page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_normalization_page_s_before_and_after_example_is_exactly_what_normalization_writes()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "normalization.md")).ReplaceLineEndings("\n");
        var blocks = page.Split("```yaml\n");

        Assert.Equal(blocks[2][..blocks[2].IndexOf("```", StringComparison.Ordinal)], Normalized.Yaml(blocks[1][..blocks[1].IndexOf("```", StringComparison.Ordinal)]));
    }

    /// <summary>An item with the required keys, except those the written line gives itself.</summary>
    private static string Item(string written)
    {
        var given = KeyAliases.Resolve(typeof(ServiceItem), written[..written.IndexOf(':', StringComparison.Ordinal)]) is [var key] ? key : null;
        var lines = Required.Where(r => r.Key != given).Select(r => r.Value).Append(written);
        return Normalized.Header + "items:\n  - " + string.Join("\n    ", lines) + "\n";
    }
}
