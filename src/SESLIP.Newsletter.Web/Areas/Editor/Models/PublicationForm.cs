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
        Documents = DocumentRows.From(p),
    };

    /// <summary>Field errors of the document rows, keyed as the form names them.</summary>
    public IEnumerable<(string Field, string Message)> CheckDocuments() => DocumentRows.Check(Documents);

    public void CopyDocumentsTo(Publication p) => DocumentRows.CopyTo(Documents, p);

    public void CopyTo(Publication p)
    {
        p.Title = Title!.Trim();
        p.PublisherText = PublisherText?.Trim() ?? "";
        p.PublisherId = PublisherId;
        p.PublishedOn = PublishedOn;
        p.Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
    }
}
