using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class PublicationForm : IDirectoryForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the publication's title.")]
    [StringLength(Limits.Line, ErrorMessage = "The title is too long: at most {1} characters.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The publisher is too long: at most {1} characters.")]
    [Display(Name = "Publisher, as the newsletter writes it")]
    public string? PublisherText { get; set; }

    [Display(Name = "Publisher in the directory")]
    public int? PublisherId { get; set; }

    [Display(Name = "Published on")]
    public DateOnly? PublishedOn { get; set; }

    [Url(ErrorMessage = "Enter a full web address starting with https://")]
    [StringLength(Limits.Url, ErrorMessage = "The web address is too long: at most {1} characters.")]
    [Display(Name = "Web address")]
    public string? Url { get; set; }

    /// <summary>Its documents ("A summary (pdf 4 pages)"), plus one empty row to add another. Imported
    /// documents have no address until an editor fills it in.</summary>
    public List<DocumentField> Documents { get; set; } = [];

    public List<Choice> Organisations { get; set; } = [];
    public ConflictModel? Conflict { get; set; }

    public static PublicationForm From(Publication p) => new()
    {
        Id = p.Id, Version = p.Version, Title = p.Title, PublisherText = p.PublisherText, PublisherId = p.PublisherId, PublishedOn = p.PublishedOn, Url = p.Url,
        Documents = [.. p.Documents.OrderBy(d => d.Position).Select(d => new DocumentField { Id = d.Id, Label = d.Label, Url = d.Url, Format = d.Format, Pages = d.Pages })],
    };

    /// <summary>Field errors of the document rows, keyed as the form names them.</summary>
    public IEnumerable<(string Field, string Message)> CheckDocuments()
    {
        for (var i = 0; i < Documents.Count; i++)
        {
            var d = Documents[i];
            if (!d.Remove && string.IsNullOrWhiteSpace(d.Label) && (!string.IsNullOrWhiteSpace(d.Url) || d.Id != 0))
            {
                yield return ($"Documents[{i}].Label", "Give the document a label, for example “The full report”.");
            }
        }
    }

    public void CopyDocumentsTo(Publication p)
    {
        var position = 0;
        foreach (var field in Documents)
        {
            var existing = field.Id == 0 ? null : p.Documents.FirstOrDefault(d => d.Id == field.Id);
            if (field.Remove || string.IsNullOrWhiteSpace(field.Label))
            {
                if (existing is not null)
                {
                    p.Documents.Remove(existing);
                }

                continue;
            }

            var document = existing ?? new PublicationDocument();
            document.Position = position++;
            document.Label = field.Label.Trim();
            document.Url = string.IsNullOrWhiteSpace(field.Url) ? null : field.Url.Trim();
            document.Format = string.IsNullOrWhiteSpace(field.Format) ? null : field.Format.Trim();
            document.Pages = field.Pages;
            if (existing is null)
            {
                p.Documents.Add(document);
            }
        }
    }

    public void CopyTo(Publication p)
    {
        p.Title = Title!.Trim();
        p.PublisherText = PublisherText?.Trim() ?? "";
        p.PublisherId = PublisherId;
        p.PublishedOn = PublishedOn;
        p.Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
    }
}
