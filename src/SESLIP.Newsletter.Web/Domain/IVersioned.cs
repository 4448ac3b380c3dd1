namespace SESLIP.Newsletter.Web.Domain;

/// <summary>An editable record with an optimistic-concurrency token. The context raises
/// <see cref="Version"/> on every save, so a stale form is refused instead of overwriting.
/// See docs/adr/0004-concurrency-token.md.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
