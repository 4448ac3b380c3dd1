using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SESLIP.Newsletter.Web.Security;

/// <summary>The keys in the database, plus a one-time copy into it of the keys an earlier version kept in
/// <c>Security:KeysDirectory</c>, so sessions, open forms and the signed links in e-mails already sent keep
/// working after the move (docs/adr/0029-leases-for-background-work.md). The folder is only read.</summary>
internal sealed class KeysFromFolder(IXmlRepository database, DirectoryInfo folder) : IXmlRepository
{
    private readonly Lock _gate = new();
    private bool _copied;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate)
        {
            if (!_copied)
            {
                CopyMissing();
                _copied = true;
            }
        }

        return database.GetAllElements();
    }

    public void StoreElement(XElement element, string friendlyName) => database.StoreElement(element, friendlyName);

    private void CopyMissing()
    {
        folder.Refresh();
        if (!folder.Exists)
        {
            return;
        }

        var known = database.GetAllElements().Select(Identity).ToHashSet(StringComparer.Ordinal);
        foreach (var file in folder.EnumerateFiles("*.xml").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var element = XElement.Load(file.FullName);
            if (known.Add(Identity(element)))
            {
                database.StoreElement(element, Path.GetFileNameWithoutExtension(file.Name));
            }
        }
    }

    // A key by its id; anything else (a revocation) by its whole text.
    private static string Identity(XElement element) =>
        element.Attribute("id")?.Value ?? element.ToString(SaveOptions.DisableFormatting);
}
