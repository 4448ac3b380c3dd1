using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Lists that summarise a whole table (the archive's years, the library's filters) kept in the page
/// cache's own store under the same tags as the pages that show them, so the eviction that follows every
/// committed change (<see cref="Editing.EditorialChanges"/>) drops them too, on every server sharing the store,
/// and nothing else has to remember them. Every other render of the page, such as another year or another page
/// of results, reads the list from the store instead of counting the table again.</summary>
public sealed class CachedLists(IOutputCacheStore store)
{
    private const string Prefix = "list:";

    /// <summary>The list under <paramref name="key"/>, or made by <paramref name="load"/> and stored. A store
    /// that fails (a Redis outage) costs the saving, never the page.</summary>
    public async Task<List<T>> GetOrLoadAsync<T>(string key, string[] tags, Func<CancellationToken, Task<List<T>>> load, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(Prefix + key, cancellationToken);
        if (stored is { Length: > 0 } && JsonSerializer.Deserialize<List<T>>(stored) is { } list)
        {
            return list;
        }

        list = await load(cancellationToken);
        await store.SetAsync(Prefix + key, JsonSerializer.SerializeToUtf8Bytes(list), tags, PublicPageCache.Expiry, cancellationToken);
        return list;
    }
}
