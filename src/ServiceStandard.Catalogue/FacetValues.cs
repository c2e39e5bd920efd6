using System.Data.Common;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Catalogue;

/// <summary>
/// What the facets count of every item of a catalogue, in memory and in id order (as a search engine's doc values): its
/// region, its type, its service objects and its themes. The facets of a query are then one pass over its matches' ids,
/// in either store. SQLite: counting each type and service object through the key index and joining every match to the
/// themes took 4 to 20 times longer (100,000 items, 10 common words: 10 to 196 ms of CPU per facets call before, 3 to 22
/// ms after; reading the matches' ids alone takes 2 to 17 ms). PostgreSQL: four grouped counts, each matching the query
/// again and joining every match, took 2.5 s for the empty query and 9.2 s for 许可 at a million items.
/// <para>
/// Shared by every reader of one state of a catalogue: each write transaction of a build stores a new random
/// <c>meta.state</c>, read in the same read transaction as the matches. Neither the path (a file replaced on disk keeps
/// its open connections on the old one) nor the ids (a build may delete a file's items and number new ones with the
/// same ids) would do. The last four states are kept; about 17 bytes per item (17 MB at a million items; reading them
/// takes about a second at 100,000 items, once per state).
/// </para>
/// </summary>
internal sealed class FacetValues
{
    private const int Kept = 4;
    private static readonly object Gate = new();
    private static readonly List<FacetValues> Recent = [];

    private readonly long[] ids;
    private readonly int[] regionOf;
    private readonly string[] regions;
    private readonly sbyte[] types;
    private readonly uint[] objects;
    private readonly int[] themeStart;
    private readonly int[] themeOf;
    private readonly string[] themes;

    private FacetValues(string state, long[] ids, int[] regionOf, string[] regions, sbyte[] types, uint[] objects, int[] themeStart, int[] themeOf, string[] themes)
    {
        State = state;
        this.ids = ids;
        this.regionOf = regionOf;
        this.regions = regions;
        this.types = types;
        this.objects = objects;
        this.themeStart = themeStart;
        this.themeOf = themeOf;
        this.themes = themes;
    }

    /// <summary>The <c>meta.state</c> of the catalogue these values were read from.</summary>
    private string State { get; }

    /// <summary>
    /// The values of the catalogue open on <paramref name="connection"/> in the state it reads; null when the catalogue has
    /// no <c>meta.state</c> (built by a version before it). Call it inside a read transaction, so that the values and the
    /// matches read after them are of one state.
    /// </summary>
    public static FacetValues? For(DbConnection connection)
    {
        if (CatalogueRows.Scalar<string>(connection, "SELECT value FROM meta WHERE key = 'state'") is not { } state)
        {
            return null;
        }

        // One reader reads a state's values; the others, of that state, wait for them (at a million items reading takes
        // seconds, and a served catalogue's first facets calls after a build come all at once).
        lock (Gate)
        {
            if (Recent.Find(v => v.State == state) is { } held)
            {
                return held;
            }

            var values = Read(connection, state);
            Recent.Insert(0, values);
            if (Recent.Count > Kept)
            {
                Recent.RemoveAt(Kept);
            }

            return values;
        }
    }

    /// <summary>
    /// The facets of the items with these ids (in any order; null: every item), each region named from
    /// <paramref name="names"/>; null when an id is not among the values (then the caller counts another way).
    /// </summary>
    public CatalogueFacets? Facets(IEnumerable<long>? matches, IReadOnlyDictionary<string, CatalogueRegion> names)
    {
        var types = CodeListCatalog.ItemTypes.Entries;
        var objects = CodeListCatalog.ServiceObjects.Entries;
        var (regionCounts, typeCounts, objectCounts, themeCounts) = (new int[regions.Length], new int[types.Count], new int[objects.Count], new int[themes.Length]);
        if (matches is null)
        {
            for (var at = 0; at < ids.Length; at++)
            {
                Count(at);
            }
        }
        else
        {
            var at = 0;
            foreach (var id in matches)
            {
                at = IndexOf(id, at);
                if (at < 0)
                {
                    return null;
                }

                Count(at);
            }
        }

        return new CatalogueFacets(
            Sorted(regions.Select((code, i) => new FacetCount(code, names.TryGetValue(code, out var region) ? region.Name : code, regionCounts[i]))),
            Sorted(types.Select((e, i) => new FacetCount(e.Token, CatalogueRows.TypeLabel(e.Token), typeCounts[i]))),
            Sorted(objects.Select((e, i) => new FacetCount(e.Token, CatalogueRows.ObjectLabel(e.Token), objectCounts[i]))),
            Sorted(themes.Select((theme, i) => new FacetCount(theme, theme, themeCounts[i]))));

        void Count(int at)
        {
            regionCounts[regionOf[at]]++;
            if (this.types[at] >= 0)
            {
                typeCounts[this.types[at]]++;
            }

            for (var bits = this.objects[at]; bits != 0; bits &= bits - 1)
            {
                objectCounts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
            }

            for (var t = themeStart[at]; t < themeStart[at + 1]; t++)
            {
                themeCounts[themeOf[t]]++;
            }
        }
    }

    /// <summary>The counts above zero, largest first, then by value (byte order), as the SQL of the facets orders them.</summary>
    private static List<FacetCount> Sorted(IEnumerable<FacetCount> counts) =>
        [.. counts.Where(c => c.Count > 0).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];

    /// <summary>The index of <paramref name="id"/>, looked for from <paramref name="from"/> on first (matches come in id order); -1 when absent.</summary>
    private int IndexOf(long id, int from)
    {
        if (from < ids.Length && ids[from] == id)
        {
            return from;
        }

        var found = from < ids.Length && ids[from] < id
            ? Array.BinarySearch(ids, from, ids.Length - from, id)
            : Array.BinarySearch(ids, id);
        return found >= 0 ? found : -1;
    }

    private static FacetValues Read(DbConnection connection, string state)
    {
        var typeIndex = CodeListCatalog.ItemTypes.Entries.Select((e, i) => (e.Token, i)).ToDictionary(e => e.Token, e => (sbyte)e.i, StringComparer.Ordinal);
        var objectIndex = CodeListCatalog.ServiceObjects.Entries.Select((e, i) => (e.Token, i)).ToDictionary(e => e.Token, e => e.i, StringComparer.Ordinal);
        if (objectIndex.Count > 32)
        {
            throw new InvalidOperationException("more than 32 service objects do not fit a facet value's bits");
        }

        var ids = new List<long>();
        var types = new List<sbyte>();
        var regionOf = new List<int>();
        var regionNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        Each(connection, "SELECT id, type, region_code FROM items ORDER BY id", reader =>
        {
            ids.Add(reader.GetInt64(0));
            types.Add(typeIndex.GetValueOrDefault(reader.GetString(1), (sbyte)-1));
            var region = reader.GetString(2);
            if (!regionNumbers.TryGetValue(region, out var number))
            {
                regionNumbers[region] = number = regionNumbers.Count;
            }

            regionOf.Add(number);
        });

        var idArray = ids.ToArray();
        var objects = new uint[idArray.Length];
        Each(connection, "SELECT item_id, object FROM service_objects", reader =>
        {
            var at = Array.BinarySearch(idArray, reader.GetInt64(0));
            if (at >= 0 && objectIndex.TryGetValue(reader.GetString(1), out var bit))
            {
                objects[at] |= 1u << bit;
            }
        });

        var themeStart = new int[idArray.Length + 1];
        var themeOf = new List<int>();
        var themeNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var item = 0;
        Each(connection, "SELECT item_id, theme FROM themes ORDER BY item_id", reader =>
        {
            var at = Array.BinarySearch(idArray, reader.GetInt64(0));
            if (at < 0)
            {
                return;
            }

            for (; item <= at; item++)
            {
                themeStart[item] = themeOf.Count;
            }

            var theme = reader.GetString(1);
            if (!themeNumbers.TryGetValue(theme, out var number))
            {
                themeNumbers[theme] = number = themeNumbers.Count;
            }

            themeOf.Add(number);
        });
        for (; item <= idArray.Length; item++)
        {
            themeStart[item] = themeOf.Count;
        }

        return new FacetValues(state, idArray, [.. regionOf], [.. regionNumbers.Keys], [.. types], objects, themeStart, [.. themeOf], [.. themeNumbers.Keys]);
    }

    private static void Each(DbConnection connection, string sql, Action<DbDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }
}
