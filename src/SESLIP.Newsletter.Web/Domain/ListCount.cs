namespace SESLIP.Newsletter.Web.Domain;

/// <summary>How many rows one entry of a public list stands for (the archive's years, the library's years and
/// publishers, the library's total), kept by database triggers as the rows change, so the pages read a few
/// hundred small rows instead of counting the archive (docs/adr/0040-counts-kept-by-triggers.md). Written only
/// by the triggers (<c>Data/Migrations/ListCountsSql.cs</c>); a key with nothing left in it has no row.</summary>
public class ListCount
{
    /// <summary>Published updates by the year of their issue date; the key is the year.</summary>
    public const string ArchiveYears = "archive-years";

    /// <summary>Publications by the year they were published, dated ones only; the key is the year.</summary>
    public const string PublicationYears = "publication-years";

    /// <summary>Publications by publisher: the linked organisation's name, else the publisher as the newsletter
    /// gave it; the key is the name, never empty.</summary>
    public const string Publishers = "publishers";

    /// <summary>Every publication, under the empty key.</summary>
    public const string Publications = "publications";

    public string List { get; set; } = "";

    public string Key { get; set; } = "";
    public int Count { get; set; }

    /// <summary>The year a key of <see cref="ArchiveYears"/> or <see cref="PublicationYears"/> stands for.</summary>
    public static int Year(string key) => int.Parse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
}
