using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace ServiceStandard.Loading;

/// <summary>
/// Shares one string instance between equal short texts of a document (keys such as <c>name</c>, tokens such
/// as <c>workingDays</c>): a 20,000-item file repeats each key tens of thousands of times, and holding one
/// copy of each is the difference between fitting a large inventory in memory or not. Written by hand
/// because the BCL's alternate-lookup dictionaries exist only from .NET 9 and the library targets .NET 8.
/// Bounded: past <see cref="MaxEntries"/> distinct texts it stops pooling (unique values gain nothing).
/// </summary>
internal sealed class StringPool
{
    public const int MaxLength = 48;
    public const int MaxEntries = 8192;

    private readonly Dictionary<ulong, Entry> entries = new(1024);

    /// <summary>The pooled string for UTF-8 bytes (no allocation when already pooled).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var hash = Hash(utf8);
        if (entries.TryGetValue(hash, out var entry) && utf8.SequenceEqual(entry.Utf8))
        {
            return entry.Text;
        }

        var text = Encoding.UTF8.GetString(utf8);
        if (entries.Count < MaxEntries)
        {
            entries.TryAdd(hash, new Entry(utf8.ToArray(), text));
        }

        return text;
    }

    /// <summary>The pooled instance equal to <paramref name="text"/> (so that the caller's copy can be collected).</summary>
    public string Get(string text)
    {
        if (text.Length > MaxLength / 3)
        {
            return text;
        }

        Span<byte> utf8 = stackalloc byte[MaxLength];
        var length = Encoding.UTF8.GetBytes(text, utf8);
        var hash = Hash(utf8[..length]);
        if (entries.TryGetValue(hash, out var entry) && entry.Text == text)
        {
            return entry.Text;
        }

        if (entries.Count < MaxEntries)
        {
            entries.TryAdd(hash, new Entry(utf8[..length].ToArray(), text));
        }

        return text;
    }

    /// <summary>
    /// A 64-bit hash of at most <see cref="MaxLength"/> bytes, eight at a time (byte-wise FNV-1a took a tenth of
    /// reading JSON). Collisions cost only a missed pooling: a hit is always compared byte for byte.
    /// </summary>
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0x9E3779B97F4A7C15UL, 29);
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        hash = (hash ^ tail) * 0x9E3779B97F4A7C15UL;
        return hash ^ (hash >> 32);
    }

    private readonly record struct Entry(byte[] Utf8, string Text);
}
