using System.Text;
using CsCheck;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Loading;

/// <summary>
/// The fast reader of plain block YAML must give exactly YamlDotNet's tree (nodes, texts, styles, lines and
/// columns) for every document it accepts, and must decline every document YamlDotNet finds fault with.
/// </summary>
public sealed class BlockYamlReaderTests
{
    private const string Block = """
        # 清单 (a comment line)
        schemaVersion: "1.0"
        region:
          code: '330400'   # trailing comment
          name: 嘉兴市
        publishedOn: 2026-01-01
        items:
          - basicCode: "000123020000"
            name: 公共场所卫生许可 😀 第二段
            type: administrativeLicensing
            serviceObjects:
              - naturalPerson
              - enterpriseLegalPerson
            timeLimits:
              legal: { value: 20, unit: workingDays }
              committed:
                value: 5
                unit: workingDays
            themes: [出生, '婚育', "C# 组", ~]
            empty: { }
            none: []
            nested: {a: [1, {b: c}], d: {}}   # flow with a comment
            guide:
              onsiteVisits: 0
              fees: ~
              note: null
              url: https://zwfw.example.gov.cn/a#b
            extensions:
              flags:
              - yes
              - no
          -   basicCode: "000123020001"
              name:   事项二
        department:
          name: 某局 C# 组
        """;

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("tests", "ServiceStandard.Tests", "Fixtures"), "*.y*ml", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Repository.PathOf("examples"), "*.y*ml", SearchOption.AllDirectories))
                     .Order())
        {
            data.Add(Path.GetRelativePath(Repository.PathOf(), file));
        }

        return data;
    }

    [Fact]
    public void A_plain_block_document_is_read_exactly_as_yamldotnet_reads_it()
    {
        var accepted = Compare(Encoding.UTF8.GetBytes(Block));

        Assert.True(accepted);
        Assert.True(Compare(Encoding.UTF8.GetBytes(Block.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("a: {b: 1,}\n")]
    [InlineData("a: [1, 2\n  ]\n")]
    [InlineData("a: {b}\n")]
    [InlineData("a: [b: c]\n")]
    [InlineData("a: {b: 1} x\n")]
    [InlineData("a: {- b: 1}\n")]
    [InlineData("a:\n  b: []\n  #x\n  c: 2\n")] // YamlDotNet cannot read a comment after a flow list
    [InlineData("a: [1] # c\nb: 2\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: \"x\\ty\"\n")]
    [InlineData("a: 'it''s'\n")]
    [InlineData("a: b\n  continued\n")]
    [InlineData("a:\nb: 1\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a:\tb\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("a: b: c\n")]
    [InlineData("null: 1\n")]
    [InlineData("a:\n  - - x\n")]
    [InlineData("a: \"open\n  close\"\n")]
    [InlineData("")]
    public void What_is_not_plain_block_style_is_left_to_yamldotnet(string yaml)
    {
        Assert.Null(BlockYamlReader.TryRead(Encoding.UTF8.GetBytes(yaml), LoadOptions.Default, null, out _));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_and_example_is_read_as_yamldotnet_reads_it_or_left_to_it(string file)
    {
        Compare(File.ReadAllBytes(Repository.PathOf(file)));
    }

    [Fact]
    public void Mutated_block_documents_are_read_as_yamldotnet_reads_them_or_left_to_it()
    {
        var source = Encoding.UTF8.GetBytes(Block);
        byte[] alphabet = [.. " :-#'\"\n\r\tab1~&*{}[]|>!?,%@`"u8, 0xE4, 0xB8, 0xAD];
        var accepted = 0;
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, source.Length - 1], Gen.Int[1, 12], Gen.Int[0, alphabet.Length - 1].Array[1, 4]).Sample((kind, at, length, picks) =>
        {
            var bytes = picks.Select(p => alphabet[p]).ToArray();
            byte[] mutated = kind switch
            {
                0 => [.. source[..at], .. bytes, .. source[at..]],
                1 => [.. source[..at], .. source[Math.Min(source.Length, at + length)..]],
                _ => [.. source[..at], .. bytes, .. source[Math.Min(source.Length, at + bytes.Length)..]],
            };
            if (!System.Text.Unicode.Utf8.IsValid(mutated))
            {
                return; // the loader reads only valid UTF-8 (TextDecoding reports the rest)
            }

            bool read;
            try
            {
                read = Compare(mutated);
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException("The readers disagree on this document:\n" + Encoding.UTF8.GetString(mutated), exception);
            }

            if (read)
            {
                Interlocked.Increment(ref accepted);
            }
        }, iter: 3000);

        Assert.InRange(accepted, 300, 3000); // the comparison is not vacuous: many mutants are still plain block YAML
    }

    /// <summary>Reads with both readers; when the fast one accepts, YamlDotNet must agree exactly. Returns whether it accepted.</summary>
    private static bool Compare(byte[] utf8)
    {
        var fast = BlockYamlReader.TryRead(utf8, LoadOptions.Default, null, out var fastComments);
        if (fast is null)
        {
            return false;
        }

        var bag = new DiagnosticBag(null);
        var text = Encoding.UTF8.GetString(utf8);
        var full = YamlDocumentReader.Read(text, LoadOptions.Default, bag, out var fullComments);
        Assert.Empty(bag.Items.Select(d => $"{d.Code} {d.Position} {d.Message(System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.NotNull(full);
        Assert.Equal(Dump(full), Dump(fast));
        Assert.Equal(fullComments, fastComments);
        return true;
    }

    private static string Dump(SourceNode node)
    {
        var text = new StringBuilder();
        Write(node, 0);
        return text.ToString();

        void Write(SourceNode n, int depth)
        {
            var pad = new string(' ', depth * 2);
            switch (n)
            {
                case MappingNode mapping:
                    text.Append(pad).Append("map ").Append(mapping.Position).Append('\n');
                    foreach (var entry in mapping.Entries)
                    {
                        text.Append(pad).Append("key ").Append(entry.Key).Append(' ').Append(entry.KeyPosition).Append('\n');
                        Write(entry.Value, depth + 1);
                    }

                    break;
                case SequenceNode sequence:
                    text.Append(pad).Append("seq ").Append(sequence.Position).Append('\n');
                    foreach (var item in sequence.Items)
                    {
                        Write(item, depth + 1);
                    }

                    break;
                case ScalarNode scalar:
                    text.Append(pad).Append(scalar.Style).Append(' ').Append(scalar.Position).Append(" [").Append(scalar.Text).Append("]\n");
                    break;
            }
        }
    }
}
