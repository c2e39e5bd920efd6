using ServiceStandard.Catalogue;

namespace ServiceStandard.Tests.Catalogue;

/// <summary>A full disk during a build is reported as a full disk, and each file's import is whole or absent.</summary>
public sealed class CatalogueFullDiskTests : IDisposable
{
    private readonly CatalogueFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_build_that_fills_the_disk_says_so_and_keeps_what_it_had()
    {
        using (var first = CatalogueBuilder.Open(files.Database))
        {
            first.Build(files.InventoryFiles().Take(1));
        }

        using var builder = CatalogueBuilder.Open(files.Database);
        var pages = Convert.ToInt64(CatalogueSchemaScalar(builder, "PRAGMA page_count"), System.Globalization.CultureInfo.InvariantCulture);
        CatalogueSchemaScalar(builder, $"PRAGMA max_page_count = {pages + 2}"); // stands for a disk with two pages left

        var full = Assert.Throws<IOException>(() => builder.Build(files.InventoryFiles()));

        Assert.Contains("the disk is full", full.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("no transaction is active", full.Message, StringComparison.Ordinal);
        using var reader = files.Open();
        Assert.Equal(10, reader.Items().Count());
    }

    private static object? CatalogueSchemaScalar(CatalogueBuilder builder, string sql)
    {
        using var command = builder.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
