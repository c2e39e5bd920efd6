using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace ServiceStandard.Loading;

/// <summary>
/// Shares one string instance between equal short texts of a document (keys such as <c>name</c>, tokens such
/// as <c>workingDays</c>): a 20,000-item file repeats each key tens of thousands of times, and holding one
/// copy of each is the difference between fitting a large inventory in memory or not. Written by hand
/// because the BCL's alternate-lookup dictionaries exist only from .NET 9 and the library targets .NET 8;
/// an open-addressing table of hashes and entries, since a dictionary keyed by the hash was a few percent of
/// reading JSON, and being a dictionary of one of this library's structs it was compiled at start-up.
/// Bounded: past <see cref="MaxEntries"/> distinct texts it stops pooling (unique values gain nothing).
/// </summary>
internal sealed class StringPool
{
    public const int MaxLength = 48;
    public const int MaxEntries = 8192;

    /// <summary>The hash of each slot's entry, probed linearly; a slot without an entry is empty.</summary>
    private ulong[] hashes = new ulong[1024];

    private Entry?[] entries = new Entry?[1024];

    private int count;

    /// <summary>The pooled string for UTF-8 bytes (no allocation when already pooled).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        return Pooled(utf8, text: null);
    }

    /// <summary>The pooled instance equal to <paramref name="text"/> (so that the caller's copy can be collected).</summary>
    public string Get(string text)
    {
        if (text.Length > MaxLength / 3)
        {
            return text;
        }

        Span<byte> buffer = stackalloc byte[MaxLength];
        return Pooled(buffer[..Encoding.UTF8.GetBytes(text, buffer)], text);
    }

    /// <summary>The pooled string for these bytes; when none is, <paramref name="text"/> (made from the bytes if null), pooled.</summary>
    private string Pooled(ReadOnlySpan<byte> utf8, string? text)
    {
        var hash = Hash(utf8);
        var slot = Probe(utf8, hash);
        if (entries[slot] is { } entry)
        {
            return entry.Text;
        }

        text ??= Encoding.UTF8.GetString(utf8);
        Add(slot, hash, utf8, text);
        return text;
    }

    /// <summary>The slot that holds these bytes, or the empty slot where they would go (equal bytes, equal text).</summary>
    private int Probe(ReadOnlySpan<byte> utf8, ulong hash)
    {
        var mask = hashes.Length - 1;
        var slot = (int)hash & mask;
        while (entries[slot] is { } entry && (hashes[slot] != hash || !utf8.SequenceEqual(entry.Utf8)))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>Pools a text in the empty <paramref name="slot"/> its probe ended at, growing the table at half full.</summary>
    private void Add(int slot, ulong hash, ReadOnlySpan<byte> utf8, string text)
    {
        if (count >= MaxEntries)
        {
            return;
        }

        hashes[slot] = hash;
        entries[slot] = new Entry(utf8.ToArray(), text);
        if (++count * 2 >= hashes.Length && count < MaxEntries)
        {
            Grow();
        }
    }

    private void Grow()
    {
        var (oldHashes, oldEntries) = (hashes, entries);
        hashes = new ulong[oldHashes.Length * 2];
        entries = new Entry?[oldHashes.Length * 2];
        var mask = hashes.Length - 1;
        for (var i = 0; i < oldHashes.Length; i++)
        {
            if (oldEntries[i] is not null)
            {
                var slot = (int)oldHashes[i] & mask;
                while (entries[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                hashes[slot] = oldHashes[i];
                entries[slot] = oldEntries[i];
            }
        }
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

    private sealed record Entry(byte[] Utf8, string Text);
}
