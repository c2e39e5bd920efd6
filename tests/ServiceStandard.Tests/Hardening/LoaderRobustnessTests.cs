using System.Text;
using CsCheck;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Hardening;

/// <summary>
/// Bounded property tests: random bytes and mutated real inventories never make the loader or the validator
/// throw; every document gives an inventory or diagnostics, and every diagnostic has a position.
/// (The coverage-guided fuzzer in tests/fuzz runs the same harness for as long as it is given.)
/// </summary>
public sealed class LoaderRobustnessTests
{
    private static readonly string[] Examples = Directory.EnumerateFiles(Repository.PathOf("examples", "inventories")).Order().ToArray();

    [Fact]
    public void Random_bytes_never_throw_and_every_diagnostic_has_a_position()
    {
        Gen.Byte.Array[0, 512].Select(Gen.Bool).Sample((bytes, json) =>
            Check(bytes, json ? DocumentFormat.Json : DocumentFormat.Yaml), iter: 3000);
    }

    [Fact]
    public void Mutated_inventories_never_throw_and_every_diagnostic_has_a_position()
    {
        var documents = Examples.Select(File.ReadAllBytes).ToArray();
        var mutation = Gen.Select(Gen.Int[0, documents.Length - 1], Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Int[1, 64], Gen.Byte.Array[1, 8]);

        mutation.Sample((which, kind, at, length, bytes) =>
        {
            var source = documents[which];
            var mutated = Mutate(source, kind, at % source.Length, length, bytes);
            Check(mutated, Examples[which].EndsWith(".json", StringComparison.Ordinal) ? DocumentFormat.Json : DocumentFormat.Yaml);
        }, iter: 1500);
    }

    [Fact]
    public void Validating_many_inventories_in_parallel_gives_the_sequential_result()
    {
        var inputs = Enumerable.Range(0, 64).Select(i => Examples[i % Examples.Length]).ToArray();

        var sequential = inputs.Select(f => Lines(InventoryValidator.ValidateFile(f))).ToArray();
        var parallel = new string[inputs.Length][];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Lines(InventoryValidator.ValidateFile(inputs[i])));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Parallel_validation_of_faulty_documents_gives_the_sequential_result()
    {
        var text = File.ReadAllText(Examples[0]).Replace("\"0", "\"9", StringComparison.Ordinal);

        var sequential = Lines(InventoryValidator.Validate(InventoryLoader.LoadText(text, DocumentFormat.Yaml)));
        var parallel = new string[32][];
        Parallel.For(0, parallel.Length, i => parallel[i] = Lines(InventoryValidator.Validate(InventoryLoader.LoadText(text, DocumentFormat.Yaml))));

        Assert.NotEmpty(sequential);
        Assert.All(parallel, lines => Assert.Equal(sequential, lines));
    }

    private static void Check(byte[] bytes, DocumentFormat format)
    {
        var result = InventoryValidator.Validate(InventoryLoader.Load(bytes, format, "fuzz"));
        Assert.True(result.Inventory is not null || result.Diagnostics.Count > 0, "no inventory and no diagnostic");
        Assert.All(result.Diagnostics, d => Assert.True(d.Position is not null, $"{d.Code} at {d.Path} has no position"));
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Message(System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static byte[] Mutate(byte[] source, int kind, int at, int length, byte[] bytes)
    {
        var end = Math.Min(source.Length, at + length);
        return kind switch
        {
            0 => [.. source[..at], .. source[end..]],                       // delete a run
            1 => [.. source[..at], .. bytes, .. source[at..]],              // insert bytes
            2 => [.. source[..at], .. source[at..end], .. source[at..]],    // duplicate a run
            3 => [.. source[..at]],                                         // truncate
            _ => [.. source[..at], .. Encoding.UTF8.GetBytes(Tokens[length % Tokens.Length]), .. source[end..]], // splice a token
        };
    }

    private static readonly string[] Tokens = ["---\n", ": ", "- ", "{", "}", "[", "]", "&a ", "*a", "!!str ", "\t", "\"", "'", "#", "~", "null", "no", "0123", "1e400", "\\u0000", "\\uDEEE", "\n  \n", "<<: *a\n"];

    private static string[] Lines(ValidationResult result) => DiagnosticLines.Of(result.Diagnostics).ToArray();
}
