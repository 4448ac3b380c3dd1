using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The document rows of a publication, as the publication's form and an item's form both show
/// them: the documents in order, then one empty row to add another (no script needed).</summary>
public static class DocumentRows
{
    public static List<DocumentField> From(Publication p) =>
        [.. p.Documents.OrderBy(d => d.Position).Select(d => new DocumentField { Id = d.Id, Label = d.Label, Url = d.Url, Format = d.Format, Pages = d.Pages })];

    /// <summary>Drops rows left empty and ends with one empty row.</summary>
    public static void EndWithEmptyRow(List<DocumentField> rows)
    {
        rows.RemoveAll(IsEmpty);
        rows.Add(new DocumentField());
    }

    public static bool IsEmpty(DocumentField d) =>
        d.Id == 0 && string.IsNullOrWhiteSpace(d.Label) && string.IsNullOrWhiteSpace(d.Url) && string.IsNullOrWhiteSpace(d.Format) && d.Pages is null;

    /// <summary>Field errors of the rows, keyed as the form names them.</summary>
    public static IEnumerable<(string Field, string Message)> Check(IReadOnlyList<DocumentField> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var d = rows[i];
            if (!d.Remove && string.IsNullOrWhiteSpace(d.Label) && (d.Id != 0 || !IsEmpty(d)))
            {
                yield return ($"Documents[{i}].Label", "Give the document a label, for example “The full report”.");
            }
        }
    }

    /// <summary>Applies the rows to the publication; true when anything changed. A row naming a document the
    /// publication does not have (removed meanwhile, or another publication's) is not brought back.</summary>
    public static bool CopyTo(IReadOnlyList<DocumentField> rows, Publication p)
    {
        var changed = false;
        var position = 0;
        foreach (var field in rows)
        {
            var existing = field.Id == 0 ? null : p.Documents.FirstOrDefault(d => d.Id == field.Id);
            if (field.Id != 0 && existing is null)
            {
                continue;
            }

            if (field.Remove || string.IsNullOrWhiteSpace(field.Label))
            {
                if (existing is not null)
                {
                    p.Documents.Remove(existing);
                    changed = true;
                }

                continue;
            }

            var document = existing ?? new PublicationDocument();
            var label = field.Label.Trim();
            var url = string.IsNullOrWhiteSpace(field.Url) ? null : field.Url.Trim();
            var format = string.IsNullOrWhiteSpace(field.Format) ? null : field.Format.Trim();
            changed |= existing is null || document.Position != position || document.Label != label || document.Url != url
                || document.Format != format || document.Pages != field.Pages;
            document.Position = position++;
            document.Label = label;
            document.Url = url;
            document.Format = format;
            document.Pages = field.Pages;
            if (existing is null)
            {
                p.Documents.Add(document);
            }
        }

        return changed;
    }
}
