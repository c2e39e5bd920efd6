using ServiceStandard.Schema;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Schema;

public sealed class SchemaDiffTests
{
    /// <summary>A small schema shaped like the published one: a root object, an item definition reached through $ref and oneOf.</summary>
    private static string Schema(string item, string root = "", string definitions = "") => $$"""
        {
          "type": "object",
          "properties": {
            "schemaVersion": { "type": "string", "enum": ["9.9"] },
            "items": { "type": "array", "items": { "$ref": "#/definitions/Item" } },
            "owner": { "oneOf": [ { "type": "null" }, { "$ref": "#/definitions/Item" } ] }{{root}}
          },
          "definitions": {
            "Item": {{item}}{{definitions}}
          }
        }
        """;

    private const string Item = """{ "type": "object", "required": ["code"], "properties": { "code": { "type": "string", "pattern": "^[0-9]{6}$", "minLength": 1 }, "depth": { "type": ["integer", "null"], "minimum": 1, "maximum": 4 }, "kind": { "type": "string", "enum": ["a", "b"] } } }""";

    private static string[] Changes(string before, string after) =>
        [.. SchemaDiff.Compare(before, after).Changes.Select(c => c.ToString())];

    private static string With(string replace, string by) => Schema(Item.Replace(replace, by, StringComparison.Ordinal));

    [Fact]
    public void The_same_schema_has_no_change()
    {
        Assert.Empty(Changes(Schema(Item), Schema(Item)));
    }

    [Fact]
    public void An_added_property_is_non_breaking_and_reported_wherever_the_definition_is_used()
    {
        Assert.Equal(
            ["SD001 non-breaking property-added /items/*/note", "SD001 non-breaking property-added /owner/note"],
            Changes(Schema(Item), With("\"kind\":", "\"note\": { \"type\": \"string\" }, \"kind\":")));
    }

    [Fact]
    public void A_removed_property_is_non_breaking_while_other_keys_are_allowed_and_breaking_when_the_object_is_closed()
    {
        var closed = Item.Replace("\"type\": \"object\",", "\"type\": \"object\", \"additionalProperties\": false,", StringComparison.Ordinal);

        Assert.Equal(["SD002 non-breaking property-removed /items/*/kind", "SD002 non-breaking property-removed /owner/kind"],
            Changes(Schema(Item), With(", \"kind\": { \"type\": \"string\", \"enum\": [\"a\", \"b\"] }", string.Empty)));
        Assert.Equal(["SD003 breaking property-removed-closed /items/*/kind", "SD003 breaking property-removed-closed /owner/kind"],
            Changes(Schema(closed), Schema(closed.Replace(", \"kind\": { \"type\": \"string\", \"enum\": [\"a\", \"b\"] }", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_required_property_added_is_breaking_and_one_removed_is_not()
    {
        Assert.Equal(["SD004 breaking required-added /items/*/depth", "SD004 breaking required-added /owner/depth"],
            Changes(Schema(Item), With("\"required\": [\"code\"]", "\"required\": [\"code\", \"depth\"]")));
        Assert.Equal(["SD005 non-breaking required-removed /items/*/code", "SD005 non-breaking required-removed /owner/code"],
            Changes(Schema(Item), With("\"required\": [\"code\"]", "\"required\": []")));
    }

    [Fact]
    public void Enum_values_added_are_non_breaking_removed_are_breaking_and_an_enum_imposed_or_lifted_is_classified()
    {
        Assert.Equal("SD006 non-breaking enum-value-added /items/*/kind: c", Changes(Schema(Item), With("[\"a\", \"b\"]", "[\"a\", \"b\", \"c\"]"))[0]);
        Assert.Equal("SD007 breaking enum-value-removed /items/*/kind: b", Changes(Schema(Item), With("[\"a\", \"b\"]", "[\"a\"]"))[0]);
        Assert.Equal("SD008 breaking enum-added /items/*/code: 110000, 330000", Changes(Schema(Item), With("\"minLength\": 1", "\"minLength\": 1, \"enum\": [\"110000\", \"330000\"]"))[0]);
        Assert.Equal("SD009 non-breaking enum-removed /items/*/kind: a, b", Changes(Schema(Item), With(", \"enum\": [\"a\", \"b\"]", string.Empty))[0]);
    }

    [Fact]
    public void A_pattern_added_or_changed_is_breaking_and_one_removed_is_not()
    {
        Assert.Equal("SD010 breaking pattern-added /items/*/kind: ^[ab]$", Changes(Schema(Item), With("\"kind\": { \"type\": \"string\",", "\"kind\": { \"type\": \"string\", \"pattern\": \"^[ab]$\","))[0]);
        Assert.Equal("SD011 non-breaking pattern-removed /items/*/code: ^[0-9]{6}$", Changes(Schema(Item), With("\"pattern\": \"^[0-9]{6}$\", ", string.Empty))[0]);
        Assert.Equal("SD012 breaking pattern-changed /items/*/code: ^[0-9]{6}$ -> ^33[0-9]{4}$", Changes(Schema(Item), With("^[0-9]{6}$", "^33[0-9]{4}$"))[0]);
    }

    [Fact]
    public void Bounds_narrowed_or_imposed_are_breaking_and_bounds_widened_or_lifted_are_not()
    {
        Assert.Equal(["SD013 breaking bound-tightened /items/*/depth: minimum 1 -> minimum 3", "SD013 breaking bound-tightened /owner/depth: minimum 1 -> minimum 3"],
            Changes(Schema(Item), With("\"minimum\": 1", "\"minimum\": 3")));
        Assert.Equal("SD014 non-breaking bound-loosened /items/*/depth: maximum 4 -> maximum 5", Changes(Schema(Item), With("\"maximum\": 4", "\"maximum\": 5"))[0]);
        Assert.Equal("SD013 breaking bound-tightened /items/*/code: maxLength 6", Changes(Schema(Item), With("\"minLength\": 1", "\"minLength\": 1, \"maxLength\": 6"))[0]);
        Assert.Equal("SD014 non-breaking bound-loosened /items/*/code: minLength 1", Changes(Schema(Item), With(", \"minLength\": 1", string.Empty))[0]);
    }

    [Fact]
    public void A_type_no_longer_allowed_is_breaking_and_a_type_added_is_not()
    {
        Assert.Equal("SD015 breaking type-narrowed /items/*/depth: integer, null -> integer", Changes(Schema(Item), With("[\"integer\", \"null\"]", "\"integer\""))[0]);
        Assert.Equal("SD016 non-breaking type-widened /items/*/kind: string -> null, string", Changes(Schema(Item), With("\"kind\": { \"type\": \"string\"", "\"kind\": { \"type\": [\"string\", \"null\"]"))[0]);
    }

    [Fact]
    public void A_nullable_reference_made_required_and_non_null_is_a_narrowed_type_seen_through_one_of()
    {
        Assert.Equal(
            ["SD015 breaking type-narrowed /owner: null, object -> object"],
            Changes(Schema(Item), Schema(Item).Replace("{ \"oneOf\": [ { \"type\": \"null\" }, { \"$ref\": \"#/definitions/Item\" } ] }", "{ \"oneOf\": [ { \"$ref\": \"#/definitions/Item\" } ] }", StringComparison.Ordinal)));
    }

    [Fact]
    public void Closing_an_object_is_breaking_and_opening_it_is_not()
    {
        var closed = With("\"type\": \"object\",", "\"type\": \"object\", \"additionalProperties\": false,");

        Assert.Equal(["SD017 breaking additional-properties-closed /items/*: true -> false", "SD017 breaking additional-properties-closed /owner: true -> false"], Changes(Schema(Item), closed));
        Assert.Equal(["SD018 non-breaking additional-properties-opened /items/*: false -> true", "SD018 non-breaking additional-properties-opened /owner: false -> true"], Changes(closed, Schema(Item)));
    }

    [Fact]
    public void A_format_imposed_or_changed_is_breaking_and_lifting_it_is_not()
    {
        var dated = With("\"kind\": { \"type\": \"string\",", "\"kind\": { \"type\": \"string\", \"format\": \"date\",");

        Assert.Equal("SD021 breaking format-added /items/*/kind: date", Changes(Schema(Item), dated)[0]);
        Assert.Equal("SD022 non-breaking format-removed /items/*/kind: date", Changes(dated, Schema(Item))[0]);
        Assert.Equal("SD023 breaking format-changed /items/*/kind: date -> date-time", Changes(dated, dated.Replace("\"date\"", "\"date-time\"", StringComparison.Ordinal))[0]);
    }

    [Fact]
    public void A_const_is_read_as_a_one_value_enum()
    {
        var constant = With("\"enum\": [\"a\", \"b\"]", "\"const\": \"a\"");

        Assert.Equal("SD007 breaking enum-value-removed /items/*/kind: b", Changes(Schema(Item), constant)[0]);
        Assert.Equal("SD006 non-breaking enum-value-added /items/*/kind: b", Changes(constant, Schema(Item))[0]);
        Assert.Equal(
            ["SD006 non-breaking enum-value-added /items/*/kind: c", "SD007 breaking enum-value-removed /items/*/kind: a"],
            Changes(constant, constant.Replace("\"const\": \"a\"", "\"const\": \"c\"", StringComparison.Ordinal)).Take(2));
    }

    [Fact]
    public void A_validation_keyword_no_rule_classifies_is_breaking_whenever_it_differs_as_written()
    {
        var conditional = With(
            "\"type\": \"object\", \"required\"",
            "\"type\": \"object\", \"if\": { \"properties\": { \"kind\": { \"const\": \"a\" } } }, \"then\": { \"required\": [\"depth\"] }, \"required\"");
        var stricter = conditional.Replace("[\"depth\"]", "[\"depth\", \"kind\"]", StringComparison.Ordinal);
        var unique = With("\"kind\": { \"type\": \"string\",", "\"kind\": { \"type\": \"string\", \"multipleOf\": 2,");
        var patterned = With("\"type\": \"object\", \"required\"", "\"type\": \"object\", \"additionalProperties\": { \"type\": \"string\" }, \"required\"");

        Assert.Equal(
            ["SD024 breaking keyword-changed /items/*: if {\"properties\":{\"kind\":{\"const\":\"a\"}}}", "SD024 breaking keyword-changed /items/*: then {\"required\":[\"depth\"]}"],
            Changes(Schema(Item), conditional).Take(2));
        Assert.Equal(
            "SD024 breaking keyword-changed /items/*: then {\"required\":[\"depth\"]} -> then {\"required\":[\"depth\",\"kind\"]}",
            Changes(conditional, stricter)[0]);
        Assert.Equal(Changes(Schema(Item), conditional), Changes(conditional, Schema(Item))); // removed: the old value alone, as for a pattern
        Assert.Equal("SD024 breaking keyword-changed /items/*/kind: multipleOf 2", Changes(Schema(Item), unique)[0]);
        Assert.Equal("SD024 breaking keyword-changed /items/*: additionalProperties {\"type\":\"string\"}", Changes(Schema(Item), patterned)[0]);
    }

    [Fact]
    public void Definitions_added_and_removed_are_listed_after_the_properties()
    {
        var more = Schema(Item, definitions: ", \"Extra\": { \"type\": \"string\" }");

        Assert.Equal(["SD019 non-breaking definition-added #/definitions/Extra"], Changes(Schema(Item), more));
        Assert.Equal(["SD020 non-breaking definition-removed #/definitions/Extra"], Changes(more, Schema(Item)));
    }

    [Fact]
    public void Annotations_and_the_version_label_are_not_changes()
    {
        var relabelled = Schema(Item).Replace("[\"9.9\"]", "[\"10.0\"]", StringComparison.Ordinal)
            .Replace("\"type\": \"object\",\n  \"properties\"", "\"type\": \"object\", \"title\": \"t\", \"description\": \"d\",\n  \"properties\"", StringComparison.Ordinal);

        var result = SchemaDiff.Compare(Schema(Item), relabelled);

        Assert.Empty(result.Changes);
        Assert.Equal(("9.9", "10.0"), (result.OldVersion, result.NewVersion));
    }

    [Fact]
    public void A_recursive_definition_is_walked_once_per_path()
    {
        const string Tree = """{ "type": "object", "properties": { "children": { "type": "array", "items": { "$ref": "#/definitions/Item" } } } }""";

        Assert.Equal(
            ["SD001 non-breaking property-added /items/*/name", "SD001 non-breaking property-added /owner/name"],
            Changes(Schema(Tree), Schema(Tree.Replace("\"children\"", "\"name\": { \"type\": \"string\" }, \"children\"", StringComparison.Ordinal))));
    }

    [Fact]
    public void Format_1_0_to_1_1_is_non_breaking_optional_properties_and_two_definitions_added()
    {
        var result = SchemaDiff.Compare(
            File.ReadAllText(Repository.PathOf("schemas", "inventory", "1.0", "inventory.schema.json")),
            File.ReadAllText(Repository.PathOf("schemas", "inventory", "1.1", "inventory.schema.json")));

        Assert.False(result.IsBreaking);
        Assert.Equal(("1.0", "1.1"), (result.OldVersion, result.NewVersion));
        Assert.Equal(
            [
                "SD001 non-breaking property-added /items/*/guide/materials/*/electronicLicense",
                "SD001 non-breaking property-added /items/*/guide/materials/*/exemptible",
                "SD001 non-breaking property-added /items/*/crossRegionScope",
                "SD001 non-breaking property-added /items/*/notificationCommitment",
                "SD019 non-breaking definition-added #/definitions/CrossRegionScope",
                "SD019 non-breaking definition-added #/definitions/NotificationCommitment",
            ],
            result.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Every_rule_id_is_unique_and_documented_on_the_publishing_page()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "publishing-a-standard.md"));

        Assert.Equal(SchemaDiff.Rules.Count, SchemaDiff.Rules.Select(r => r.Rule).Distinct().Count());
        foreach (var (rule, kind, breaking, meaning) in SchemaDiff.Rules)
        {
            Assert.Contains($"| {rule} | {kind} | {(breaking ? "breaking" : "non-breaking")} | {meaning} |", page, StringComparison.Ordinal);
        }
    }
}
