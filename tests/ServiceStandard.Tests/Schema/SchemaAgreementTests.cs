using NJsonSchema;
using ServiceStandard.Loading;
using ServiceStandard.Schema;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Schema;

/// <summary>
/// The binder checks the structure the schema describes. On the shared conformance documents
/// (tests/schema-conformance, also checked by ajv-cli), NJsonSchema's verdict on the published schema
/// and the loader's verdict agree with the folder the document is in.
/// </summary>
public sealed class SchemaAgreementTests
{
    private static readonly Lazy<Task<JsonSchema>> Published = new(() => JsonSchema.FromJsonAsync(InventorySchema.Generate("1.0")));

    public static TheoryData<string, bool> JsonDocuments()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (folder, valid) in new[] { ("valid", true), ("invalid", false) })
        {
            foreach (var file in Directory.EnumerateFiles(Repository.PathOf("tests", "schema-conformance", folder), "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Repository.Root, file), valid);
            }
        }

        data.Add(Path.Combine("examples", "inventories", "sichuan-dongxing.json"), true);
        return data;
    }

    [Theory]
    [MemberData(nameof(JsonDocuments))]
    public async Task NJsonSchema_and_the_loader_agree_on_a_json_document(string relativePath, bool valid)
    {
        var path = Path.Combine(Repository.Root, relativePath);
        var schema = await Published.Value;

        var schemaErrors = schema.Validate(await File.ReadAllTextAsync(path));
        var load = InventoryLoader.LoadFile(path);

        Assert.Equal(valid, schemaErrors.Count == 0);
        Assert.Equal(valid, load.IsValid);
    }
}
