using Microsoft.Data.Sqlite;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Tests.Catalogue;

/// <summary>A build holds its database for its whole run; a database it cannot understand is left as it is.</summary>
public sealed class CatalogueHoldTests : IDisposable
{
    private readonly CatalogueFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_second_build_of_a_database_in_use_is_refused_and_the_first_one_finishes_alone()
    {
        using (var first = CatalogueBuilder.Open(files.Database))
        {
            var second = Assert.Throws<IOException>(() => CatalogueBuilder.Open(files.Database));
            Assert.StartsWith($"another catalogue build is using {files.Database}", second.Message, StringComparison.Ordinal);

            first.Build(files.InventoryFiles().Take(2));
            using var reader = files.Open(); // readers are not kept out
            Assert.NotEmpty(reader.Items());
        }

        var after = files.Build();
        Assert.Equal(4, after.CatalogueFiles);
    }

    [Fact]
    public void A_catalogue_of_a_newer_layout_is_refused_and_left_untouched()
    {
        files.Build();
        using (var connection = new SqliteConnection($"Data Source={files.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '99' WHERE key = 'version'";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(files.Database);

        var refused = Assert.Throws<InvalidDataException>(() => CatalogueBuilder.Open(files.Database));

        Assert.Contains("layout 99, newer than this svcstd builds (4)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(files.Database));
    }
}
