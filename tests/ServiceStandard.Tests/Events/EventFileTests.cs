using System.Globalization;
using ServiceStandard.Events;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Events;

/// <summary>An event file is read like every other input: with positions, and each fault an SS1307 error where it is.</summary>
public sealed class EventFileTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void The_example_events_are_read_as_written()
    {
        var restaurant = ServiceEvent.Read(Repository.PathOf("examples", "events", "restaurant-opening.yaml"), out var problems);

        Assert.Empty(problems);
        Assert.Equal(("开办餐饮店", "restaurant-opening", EventKind.BusinessEvent), (restaurant!.Name, restaurant.Code, restaurant.Kind));
        Assert.Equal([["000771004000"], ["000171028000", "000123020000"]], restaurant.Steps.Select(s => s.Items.ToArray()).ToArray());
        Assert.Equal(["办理营业执照", "办理许可证"], restaurant.Steps.Select(s => s.Name!).ToArray());
        Assert.Null(restaurant.Target);
        Assert.Equal("国发〔2024〕3号", restaurant.Source!.Number);

        var start = ServiceEvent.Read(Repository.PathOf("examples", "events", "business-start.yaml"), out problems);

        Assert.Empty(problems);
        Assert.Equal(8.5m, start!.Target!.CommittedWorkingDays);
        Assert.Equal([("committedWorkingDays", 8.5m)], start.Target.Given());
        Assert.Equal("国办发〔2018〕32号", start.Source!.Number);
        Assert.Equal(3, start.Steps.Count);
    }

    [Fact]
    public void Json_reads_the_same_event_as_yaml()
    {
        var json = ServiceEvent.Parse(
            """
            { "event": "开办餐饮店", "code": "restaurant-opening", "kind": "businessEvent",
              "steps": [ { "items": ["000771004000"] }, { "items": ["000171028000", "000123020000"] } ],
              "target": { "committedWorkingDays": 5, "onlineDepth": 3 } }
            """,
            DocumentFormat.Json,
            "event.json",
            out var problems);

        Assert.Empty(problems);
        Assert.Equal(5m, json!.Target!.CommittedWorkingDays);
        Assert.Equal(3m, json.Target.OnlineDepth);
        Assert.Equal(["000771004000", "000171028000", "000123020000"], json.ItemCodes.ToArray());
        Assert.Equal("event.json", json.File);
    }

    [Fact]
    public void Each_fault_is_an_SS1307_error_at_its_line_and_column()
    {
        var read = ServiceEvent.Parse(
            """
            event: 开办餐饮店
            code: restaurant opening
            kind: business
            steps:
              - items: ["000771004000", "00077100400"]
              - items: []
              - items: ["000123020000", "000771004000"]
                nmae: 许可
            target: { committedWorkingDays: 5, workingDays: 3, onlineDepth: 5 }
            sorce: 国办发
            """,
            DocumentFormat.Yaml,
            "event.yaml",
            out var problems);

        Assert.Null(read);
        Assert.All(problems, p => Assert.Equal(("SS1307", "event.yaml"), (p.Code, p.File)));
        Assert.Equal(
            [
                "10:1 /sorce: Event file, /sorce = 国办发: the keys of an event are event, code, kind, steps, target and source.",
                "2:7 /code: Event file, /code = restaurant opening: a code is a token of letters, digits, '.', '_' and '-', such as 'restaurant-opening'.",
                "3:7 /kind: Event file, /kind = business: the kind is 'businessEvent' or 'lifeEvent'.",
                "5:29 /steps/0/items/1: Event file, /steps/0/items/1 = 00077100400: a basic code (基本编码) is text of 12 digits or capital letters.",
                "6:12 /steps/1/items: Event file, /steps/1/items = a list: a step lists at least one item.",
                "8:5 /steps/2/nmae: Event file, /steps/2/nmae = 许可: the keys of a step are items and name.",
                "7:29 /steps/2/items/1: Event file, /steps/2/items/1 = 000771004000: the item is already in the event (an item is done once).",
                "9:36 /target/workingDays: Event file, /target/workingDays = 3: a target's metrics are committedWorkingDays, legalWorkingDays, onsiteVisits, feeTotal, materials and onlineDepth.",
                "9:65 /target/onlineDepth: Event file, /target/onlineDepth = 5: an online depth is a whole number from 1 to 4.",
            ],
            problems.Select(p => $"{p.Position} {p.Path}: {p.Message(English)}").ToArray());
    }

    [Fact]
    public void Missing_keys_are_reported_at_the_object_that_lacks_them()
    {
        var read = ServiceEvent.Parse("steps: [{ items: [\"000771004000\"] }]\n", DocumentFormat.Yaml, null, out var problems);

        Assert.Null(read);
        Assert.Equal(
            ["1:1 /event: this key is required", "1:1 /code: this key is required", "1:1 /kind: this key is required"],
            problems.Select(p => $"{p.Position} {p.Path}: {p.Message(English).Split(": ", 2)[1].TrimEnd('.')}").ToArray());
    }

    [Fact]
    public void A_json_number_is_not_a_basic_code_and_no_steps_is_a_fault()
    {
        var read = ServiceEvent.Parse(
            """{ "event": "x", "code": "x", "kind": "lifeEvent", "steps": [ { "items": [771004000] } ] }""",
            DocumentFormat.Json,
            null,
            out var problems);
        var none = ServiceEvent.Parse("event: x\ncode: x\nkind: lifeEvent\nsteps: []\n", DocumentFormat.Yaml, null, out var noSteps);

        Assert.Null(read);
        Assert.Equal("1:74 /steps/0/items/0 = 771004000", $"{problems.Single().Position} {problems.Single().Path} = {problems.Single().Arguments["value"]}");
        Assert.Null(none);
        Assert.Equal("4:8 /steps: steps is a list of at least one step.", $"{noSteps.Single().Position} {noSteps.Single().Path}: {noSteps.Single().Message(English).Split(": ", 2)[1]}");
    }

    [Fact]
    public void The_messages_are_in_chinese_too()
    {
        ServiceEvent.Parse("event: x\ncode: x\nkind: 企业\nsteps: [{ items: [\"000771004000\"] }]\n", DocumentFormat.Yaml, null, out var problems);

        Assert.Equal("一件事文件 /kind = 企业：类别为“businessEvent”或“lifeEvent”。", problems.Single().Message(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_a_loading_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"event-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "event: [\n");
        try
        {
            Assert.Null(ServiceEvent.Read(path, out var problems));
            Assert.Equal("SS1001", problems.Single().Code);
            Assert.Null(ServiceEvent.Read(path + ".missing", out problems));
            Assert.Equal("SS1009", problems.Single().Code);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>The published event schema (checked by ajv in tests/schema-conformance) and the loader give the same verdict.</summary>
public sealed class EventSchemaTests
{
    public static TheoryData<string, bool> Documents()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (folder, valid) in new[] { ("valid", true), ("invalid", false) })
        {
            foreach (var file in Directory.EnumerateFiles(Repository.PathOf("tests", "schema-conformance", "event", folder), "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Repository.Root, file), valid);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task NJsonSchema_and_the_loader_agree_on_an_event_document(string relativePath, bool valid)
    {
        var path = Path.Combine(Repository.Root, relativePath);
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Repository.PathOf("schemas", "event", "1.0", "event.schema.json"));

        var schemaErrors = schema.Validate(await File.ReadAllTextAsync(path));
        var read = ServiceEvent.Read(path, out var problems);

        Assert.Equal(valid, schemaErrors.Count == 0);
        Assert.Equal(valid, read is not null);
        Assert.All(problems, p => Assert.Equal("SS1307", p.Code));
    }
}
