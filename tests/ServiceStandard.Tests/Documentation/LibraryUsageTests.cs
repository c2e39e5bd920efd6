using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Documentation;

/// <summary>The "Using the library" snippet of docs/library.md and of the package page is examples/LibraryUsage/Program.cs, which CI runs against the package.</summary>
public sealed class LibraryUsageTests
{
    [Theory]
    [InlineData("docs/library.md")]
    [InlineData("src/ServiceStandard/PACKAGE.md")]
    public void The_usage_snippet_is_the_example_program_verbatim(string document)
    {
        var program = File.ReadAllText(Repository.PathOf("examples", "LibraryUsage", "Program.cs")).ReplaceLineEndings("\n");
        var text = File.ReadAllText(Repository.PathOf(document)).ReplaceLineEndings("\n");

        Assert.True(text.Contains("```csharp\n" + program + "```\n", StringComparison.Ordinal), $"{document}'s 'Using the library' snippet must be examples/LibraryUsage/Program.cs exactly:\n\n{program}");
    }
}
