using ServiceStandard.Catalogue;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Catalogue;

/// <summary>Temporary folders with copies of the example inventories, and catalogues built from them.</summary>
internal sealed class CatalogueFiles : IDisposable
{
    public CatalogueFiles()
    {
        Folder = Directory.CreateTempSubdirectory("svcstd-catalogue-").FullName;
        Inventories = Path.Combine(Folder, "inventories");
        Directory.CreateDirectory(Inventories);
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("examples", "inventories")))
        {
            File.Copy(file, Path.Combine(Inventories, Path.GetFileName(file)));
        }

        Database = Path.Combine(Folder, "catalogue.db");
    }

    public string Folder { get; }

    public string Inventories { get; }

    public string Database { get; }

    public string Inventory(string name) => Path.Combine(Inventories, name);

    public IReadOnlyList<string> InventoryFiles() => Directory.EnumerateFiles(Inventories).Order(StringComparer.Ordinal).ToArray();

    public CatalogueBuildReport Build(CatalogueBuildOptions? options = null)
    {
        using var builder = CatalogueBuilder.Open(Database);
        return builder.Build(InventoryFiles(), options);
    }

    public ServiceCatalogue Open() => ServiceCatalogue.Open(Database);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}

/// <summary>The catalogue of the four example inventories, built once for the tests that only read it.</summary>
public sealed class ExampleCatalogue : IDisposable
{
    private readonly CatalogueFiles files = new();

    public ExampleCatalogue()
    {
        Report = files.Build();
        Catalogue = files.Open();
    }

    internal CatalogueBuildReport Report { get; }

    internal ServiceCatalogue Catalogue { get; }

    internal string Inventory(string name) => files.Inventory(name);

    public void Dispose()
    {
        Catalogue.Dispose();
        files.Dispose();
    }
}
