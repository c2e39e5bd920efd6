using PublicApiGenerator;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.PublicApi;

/// <summary>
/// Each package's public surface, as a consumer of the package sees it, is pinned in
/// &lt;package&gt;.approved.txt: any change shows up in review as a diff of that file.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData("ServiceStandard")]
    [InlineData("ServiceStandard.Catalogue")]
    public void The_public_api_is_exactly_the_approved_one(string package)
    {
        var assembly = package == "ServiceStandard" ? typeof(InventoryLoader).Assembly : typeof(ServiceStandard.Catalogue.ServiceCatalogue).Assembly;
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        });

        ApprovedFile.Verify(Repository.PathOf("tests", "ServiceStandard.Tests", "PublicApi", package + ".approved.txt"), api + "\n");
    }
}
