namespace SESLIP.Newsletter.Web.Import;

/// <summary>How the importer treats one file.</summary>
/// <param name="DryRun">Parse, check and report everything, and write nothing: the directory is read to say
/// what would be matched or created, and the change tracker is cleared instead of saved.</param>
/// <param name="Replace">An update whose number is already in the database is imported again, replacing it,
/// when no editor has changed it since it was imported; one that was changed is refused with the reason.</param>
public sealed record ImportOptions(bool DryRun = false, bool Replace = false)
{
    public static ImportOptions Default { get; } = new();
}
