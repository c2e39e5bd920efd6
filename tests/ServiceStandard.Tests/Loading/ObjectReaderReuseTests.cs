using ServiceStandard.Loading;

namespace ServiceStandard.Tests.Loading;

/// <summary>
/// The binder reuses an object's reader for the next object once it is bound: findings in siblings, in objects
/// nested below them and in objects met after climbing back up must each carry their own pointer and key.
/// </summary>
public sealed class ObjectReaderReuseTests
{
    private const string Document = """
        schemaVersion: "1.0"
        region: { code: "330400", name: 嘉兴市 }
        items:
          - basicCode: "000123020000"
            name: 事项一
            type: publicService
            authority: { name: 局, legalBasis: [{ title: 条例, extra1: 1 }, { title: 办法, extra2: 2 }] }
            guide:
              materials:
                - { name: 申请表, extra3: 3 }
                - { name: 身份证, extra4: 4, copies: -1 }
              extra5: 5
            contacts: { consultation: [{ phone: "0573-82345678", extra6: 6 }], extra7: 7 }
            extra8: 8
          - basicCode: "000123020001"
            name: 事项二
            type: publicService
            authority: { name: 局 }
            process: { steps: [{ name: 受理 }, { name: 审查, timeLimit: { value: 1, unit: workingDays, extra9: 9 } }] }
            extra10: 10
        """;

    [Fact]
    public void Findings_in_siblings_nested_objects_and_after_them_carry_their_own_pointers()
    {
        var load = InventoryLoader.LoadText(Document, DocumentFormat.Yaml);

        Assert.Equal(
            [
                "SS1201 /items/0/authority/legalBasis/0/extra1",
                "SS1201 /items/0/authority/legalBasis/1/extra2",
                "SS1201 /items/0/guide/materials/0/extra3",
                "SS1201 /items/0/guide/materials/1/extra4",
                "SS1105 /items/0/guide/materials/1/copies",
                "SS1201 /items/0/guide/extra5",
                "SS1201 /items/0/contacts/consultation/0/extra6",
                "SS1201 /items/0/contacts/extra7",
                "SS1201 /items/0/extra8",
                "SS1201 /items/1/process/steps/1/timeLimit/extra9",
                "SS1201 /items/1/extra10",
            ],
            load.Diagnostics.Select(d => $"{d.Code} {d.Path}"));
        var inventory = load.Inventory!;
        Assert.Equal(["extra8"], inventory.Items[0].AdditionalProperties.Keys);
        Assert.Equal(["extra4", "copies"], inventory.Items[0].Guide!.Materials[1].AdditionalProperties.Keys); // the unreadable copies kept as written
        Assert.Equal(["extra9"], inventory.Items[1].Process!.Steps[1].TimeLimit!.AdditionalProperties.Keys);
    }

    [Fact]
    public void A_key_written_twice_in_a_nested_json_object_is_one_finding_and_the_first_value_counts()
    {
        var load = InventoryLoader.LoadText("""
            {"schemaVersion": "1.0", "region": {"code": "330400"},
             "items": [{"basicCode": "000123020000", "name": "事项", "type": "publicService",
                        "authority": {"name": "甲局", "level": "municipal", "name": "乙局"}}]}
            """, DocumentFormat.Json);

        Assert.Equal(["SS1002 /items/0/authority/name"], load.Diagnostics.Select(d => $"{d.Code} {d.Path}"));
        Assert.Equal("甲局", load.Inventory!.Items[0].Authority.Name);
        Assert.Empty(load.Inventory.Items[0].Authority.AdditionalProperties);
    }
}
