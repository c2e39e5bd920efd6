using ServiceStandard.Tests.Support;
using ServiceStandard.Loading;

namespace ServiceStandard.Tests.Loading;

/// <summary>
/// Loading only (syntax and structure; business rules have their own tests): every document under Fixtures/Loading gives exactly the diagnostics of its <c>.expected</c> file
/// (none when there is no such file). valid/ documents bind to an inventory; invalid/ ones are invalid.
/// Add a fixture for every bug fixed.
/// </summary>
public sealed class LoaderFixtureTests
{
    public static TheoryData<string> ValidDocuments() => Documents("valid");

    public static TheoryData<string> InvalidDocuments() => Documents("invalid");

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void A_valid_document_binds_with_exactly_its_expected_diagnostics(string name)
    {
        var path = Repository.Fixtures("Loading", "valid", name);

        var result = InventoryLoader.LoadFile(path);

        Assert.Equal(DiagnosticLines.Expected(path), DiagnosticLines.Of(result.Diagnostics));
        Assert.True(result.IsValid);
        Assert.NotNull(result.Inventory);
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void An_invalid_document_reports_exactly_its_expected_diagnostics(string name)
    {
        var path = Repository.Fixtures("Loading", "invalid", name);

        var result = InventoryLoader.LoadFile(path);

        Assert.Equal(DiagnosticLines.Expected(path), DiagnosticLines.Of(result.Diagnostics));
        Assert.False(result.IsValid);
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.File));
    }

    private static TheoryData<string> Documents(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Fixtures("Loading", folder))
                     .Where(f => !f.EndsWith(".expected", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void A_comment_after_a_flow_collection_is_read_and_counts_as_a_comment()
    {
        // YamlDotNet's parser rejects this valid document when asked to report comments; the loader reads it anyway.
        var result = InventoryLoader.LoadFile(Repository.Fixtures("Loading", "valid", "comment-after-flow-collection.yaml"));

        Assert.True(result.IsValid);
        Assert.True(result.HasComments);
    }
}
