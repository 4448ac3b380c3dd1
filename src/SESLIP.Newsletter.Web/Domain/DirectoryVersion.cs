namespace SESLIP.Newsletter.Web.Domain;

/// <summary>One row counting the changes to the directory records a stored edition links to (network, contact and
/// publication addresses, a publication's documents), so a stored edition rendered before such a change is known to
/// be out of date without reading the directory (docs/adr/0038-stored-editions.md).</summary>
public class DirectoryVersion
{
    /// <summary>The key of the one row, written by the migration.</summary>
    public const int RowId = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
