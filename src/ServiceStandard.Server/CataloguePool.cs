using System.Collections.Concurrent;
using System.Diagnostics;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Server;

/// <summary>
/// Open read-only catalogues, one per request at a time (a <see cref="ServiceCatalogue"/> is not for several threads):
/// a request rents one and gives it back; the pool holds as many as requests ran at once. A catalogue open for more
/// than <see cref="MaxAge"/> is closed instead of given back, so a <c>catalogue build</c> into the served database is
/// seen (its regions included) within that time.
/// </summary>
internal sealed class CataloguePool(string database) : IDisposable
{
    /// <summary>How long one open catalogue is reused.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentBag<(ServiceCatalogue Catalogue, long Opened)> idle = [];

    /// <summary>A catalogue for this request; dispose the lease to give it back.</summary>
    public Lease Rent() => idle.TryTake(out var entry)
        ? new(this, entry.Catalogue, entry.Opened)
        : new(this, ServiceCatalogue.Open(database), Stopwatch.GetTimestamp());

    public void Dispose()
    {
        while (idle.TryTake(out var entry))
        {
            entry.Catalogue.Dispose();
        }
    }

    private void Return(ServiceCatalogue catalogue, long opened)
    {
        if (Stopwatch.GetElapsedTime(opened) < MaxAge)
        {
            idle.Add((catalogue, opened));
        }
        else
        {
            catalogue.Dispose();
        }
    }

    /// <summary>One rented catalogue.</summary>
    internal readonly struct Lease(CataloguePool pool, ServiceCatalogue catalogue, long opened) : IDisposable
    {
        public ServiceCatalogue Catalogue => catalogue;

        public void Dispose() => pool.Return(catalogue, opened);
    }
}
