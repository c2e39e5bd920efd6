using ServiceStandard.Loading;

namespace ServiceStandard.Tests.Loading;

/// <summary>A stream (standard input, a pipe) is read no further than the size limit: one that never ends is refused, not read forever.</summary>
public sealed class StreamLimitTests
{
    [Fact]
    public void A_stream_that_never_ends_is_refused_at_the_size_limit()
    {
        var endless = new Endless();

        var load = InventoryLoader.Load(endless, DocumentFormat.Yaml, "<stdin>", new LoadOptions { MaxFileBytes = 100_000 });

        var diagnostic = Assert.Single(load.Diagnostics);
        Assert.Equal(("SS1006", "<stdin>"), (diagnostic.Code, diagnostic.File));
        Assert.Equal("The document exceeds the limit on file size in bytes (100001+ > 100000).", diagnostic.Message(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Null(load.Inventory);
        Assert.Equal(100_001, endless.Position);
    }

    [Fact]
    public void A_stream_within_the_limit_loads_as_its_bytes_do()
    {
        var text = "schemaVersion: \"1.0\"\n"u8.ToArray();

        var fromStream = InventoryLoader.Load(new MemoryStream(text), DocumentFormat.Yaml, "<stdin>", new LoadOptions { MaxFileBytes = text.Length });
        var fromBytes = InventoryLoader.Load(text, DocumentFormat.Yaml, "<stdin>");

        Assert.Equal(fromBytes.Diagnostics.Select(d => (d.Code, d.Path)), fromStream.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.DoesNotContain(fromStream.Diagnostics, d => d.Code == "SS1006");
    }

    /// <summary>'a' for ever, as /dev/zero is zeros.</summary>
    private sealed class Endless : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
