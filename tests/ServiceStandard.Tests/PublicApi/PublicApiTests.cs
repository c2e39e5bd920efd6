using PublicApiGenerator;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.PublicApi;

/// <summary>
/// The library's public surface, as a consumer of the package sees it, is pinned in
/// ServiceStandard.approved.txt: any change shows up in review as a diff of that file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_exactly_the_approved_one()
    {
        var api = typeof(InventoryLoader).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        });

        ApprovedFile.Verify(Repository.PathOf("tests", "ServiceStandard.Tests", "PublicApi", "ServiceStandard.approved.txt"), api + "\n");
    }
}
