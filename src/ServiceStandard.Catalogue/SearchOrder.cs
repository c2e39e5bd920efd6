using System.Globalization;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The order of search results and the item ids that carry it. A search with words ranks first the items whose name
/// holds every word (A to Z lower-cased), then the others; within each, shorter names first (a name of more than
/// <see cref="MaxNameLength"/> characters counts as that many), then by region code, basic code and row.
/// <para>
/// An item's id is made so that the order of ids is that order but for the basic code: the name's length
/// (6 bits), the region code as a number (20 bits) and a sequence number (27 bits), below 2^53 so that JavaScript
/// reads it exactly. The key index returns its matches in id order, so the first page of a search is the first ids it
/// finds, re-sorted by basic code within each run of one name length and one region (a bucket): nothing else is read.
/// </para>
/// </summary>
internal static class SearchOrder
{
    /// <summary>Names longer than this rank as this long.</summary>
    public const int MaxNameLength = 63;

    /// <summary>The rank of a name's length in SQL: its characters, at most <see cref="MaxNameLength"/>.</summary>
    public const string NameLength = "min(length(i.name), 63)";

    private const int SequenceBits = 27;
    /// <summary>The bits of the region code's number in an id (and in a <see cref="Bucket"/>, below the name's length).</summary>
    public const int RegionBits = 20;

    /// <summary>The largest sequence number an id can hold.</summary>
    public const long MaxSequence = (1L << SequenceBits) - 1;

    /// <summary>The id of an item with this name and region and this sequence number (1 to <see cref="MaxSequence"/>).</summary>
    /// <exception cref="InvalidDataException">The catalogue has used every sequence number.</exception>
    public static long Id(string name, string regionCode, long sequence)
    {
        if (sequence is < 1 or > MaxSequence)
        {
            throw new InvalidDataException(
                $"this catalogue has numbered {MaxSequence} items since it was made; build it anew into an empty database");
        }

        var length = Math.Min(name.EnumerateRunes().Count(), MaxNameLength);
        var region = regionCode.Length == 6 && regionCode.All(char.IsAsciiDigit) ? int.Parse(regionCode, CultureInfo.InvariantCulture) : 0;
        return ((long)length << (RegionBits + SequenceBits)) | ((long)region << SequenceBits) | sequence;
    }

    /// <summary>The bits of the region code's number, once shifted down.</summary>
    public const long RegionMask = (1L << RegionBits) - 1;

    /// <summary>The sequence number of an id.</summary>
    public static long Sequence(long id) => id & MaxSequence;

    /// <summary>The bucket of an id: its name length and region; ids of one bucket are ordered by basic code, then id.</summary>
    public static long Bucket(long id) => id >> SequenceBits;
}
