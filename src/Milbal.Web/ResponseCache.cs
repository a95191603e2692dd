using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Milbal.Web;

/// <summary>A rendered response body with its content type and entity tag.</summary>
public sealed record CachedBody(byte[] Body, string ContentType, string ETag)
{
    public static CachedBody Of(byte[] body, string contentType) =>
        new(body, contentType, "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
}

/// <summary>
/// Rendered responses by normalised query. The store is read-only while the app serves, so a response never goes
/// stale; the cache is bounded by entries and bytes and starts over when full (queries are cheap to recompute, and
/// a full cache means many distinct queries, which an eviction order would not serve much better).
/// </summary>
public sealed class ResponseCache(int maxEntries = 4096, long maxBytes = 256L << 20)
{
    private readonly ConcurrentDictionary<string, CachedBody> _entries = new(StringComparer.Ordinal);
    private long _bytes;

    public int Count => _entries.Count;

    public bool TryGet(string key, out CachedBody body) => _entries.TryGetValue(key, out body!);

    public void Add(string key, CachedBody body)
    {
        if (body.Body.Length > maxBytes / 8) return;
        if (_entries.Count >= maxEntries || Interlocked.Read(ref _bytes) + body.Body.Length > maxBytes)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        }
        if (_entries.TryAdd(key, body)) Interlocked.Add(ref _bytes, body.Body.Length);
    }
}
