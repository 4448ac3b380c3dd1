using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>One list page of the directory: search box, rows, and the way to add one.</summary>
public sealed class DirectoryListModel
{
    public required string Title { get; init; }
    public required string BasePath { get; init; }
    public required string Noun { get; init; }
    public string? Query { get; init; }
    public List<DirectoryRow> Rows { get; init; } = [];
}

public sealed record DirectoryRow(string Url, string Text, string Hint);

/// <summary>The delete confirmation: where the record is used, and whether it may go.</summary>
public sealed class DeleteModel
{
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public required string Action { get; init; }
    public required string BackUrl { get; init; }
    public int Version { get; init; }
    public List<string> UsedInPublished { get; init; } = [];
    public List<string> UsedElsewhere { get; init; } = [];
    public List<string> WillChange { get; init; } = [];
    public string? Alternative { get; init; }

    public bool CanDelete => UsedInPublished.Count == 0 && UsedElsewhere.Count == 0;
}

public sealed class OrganisationForm : IConflictForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the organisation's name.")]
    [StringLength(Limits.Name, ErrorMessage = "The name is too long: at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    public ConflictModel? Conflict { get; set; }

    public static OrganisationForm From(Organisation o) => new() { Id = o.Id, Version = o.Version, Name = o.Name };
}

public sealed class ContactForm : IConflictForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(Limits.Name, ErrorMessage = "The name is too long: at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The roles are too long: at most {1} characters.")]
    [Display(Name = "Roles")]
    public string? Roles { get; set; }

    [Display(Name = "Organisation")]
    public int? OrganisationId { get; set; }

    [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.org.")]
    [StringLength(Limits.Email, ErrorMessage = "The e-mail address is too long: at most {1} characters.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [RegularExpression(@"^[0-9 +()\-]*$", ErrorMessage = "Enter a telephone number using digits, spaces, + and brackets only, such as 07880 787007.")]
    [StringLength(Limits.Phone, ErrorMessage = "The telephone number is too long: at most {1} characters.")]
    [Display(Name = "Telephone")]
    public string? Phone { get; set; }

    public List<Choice> Organisations { get; set; } = [];
    public ConflictModel? Conflict { get; set; }

    public static ContactForm From(Contact c) => new()
    {
        Id = c.Id, Version = c.Version, Name = c.Name, Roles = c.Roles, OrganisationId = c.OrganisationId, Email = c.Email, Phone = c.Phone,
    };

    public void CopyTo(Contact c)
    {
        c.Name = Name!.Trim();
        c.Roles = Roles?.Trim() ?? "";
        c.OrganisationId = OrganisationId;
        c.Email = Email?.Trim() ?? "";
        c.Phone = Phone?.Trim() ?? "";
    }
}

public sealed class NetworkForm : IConflictForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the network's name.")]
    [StringLength(Limits.Name, ErrorMessage = "The name is too long: at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "The description is too long: at most {1} characters.")]
    [Display(Name = "What the network is for (Markdown)")]
    public string? Description { get; set; }

    [Display(Name = "Lead contact")]
    public int? LeadContactId { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The text is too long: at most {1} characters.")]
    [Display(Name = "How to reach it when the lead is not in the directory")]
    public string? ContactText { get; set; }

    public List<Choice> Contacts { get; set; } = [];
    public List<MeetingRow> Meetings { get; set; } = [];
    public ConflictModel? Conflict { get; set; }

    public static NetworkForm From(Network n) => new()
    {
        Id = n.Id, Version = n.Version, Name = n.Name, Description = n.Description, LeadContactId = n.LeadContactId, ContactText = n.ContactText,
    };

    public void CopyTo(Network n)
    {
        n.Name = Name!.Trim();
        n.Description = Description ?? "";
        n.LeadContactId = LeadContactId;
        n.ContactText = ContactText?.Trim() ?? "";
    }
}

public sealed record MeetingRow(int Id, string Text, bool IsCancelled, bool IsPast);

public sealed class MeetingForm : IConflictForm
{
    public int Id { get; set; }
    public int Version { get; set; }
    public string NetworkName { get; set; } = "";
    public NewMeetingModel Fields { get; set; } = new();
    public bool IsCancelled { get; set; }
    public List<Choice> Contacts { get; set; } = [];
    public ConflictModel? Conflict { get; set; }

    public static MeetingForm From(Meeting m, string networkName) => new()
    {
        Id = m.Id,
        Version = m.Version,
        NetworkName = networkName,
        IsCancelled = m.IsCancelled,
        Fields = new NewMeetingModel
        {
            NetworkId = m.NetworkId, Date = m.Date, StartTime = m.StartTime, EndTime = m.EndTime,
            Attendance = m.Attendance, Place = m.Place, Note = m.Note, ContactId = m.ContactId,
        },
    };
}

public sealed class PublicationForm : IConflictForm
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

public sealed class DocumentField
{
    public int Id { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The label is too long: at most {1} characters.")]
    public string? Label { get; set; }

    [Url(ErrorMessage = "Enter a full web address starting with https://")]
    [StringLength(Limits.Url, ErrorMessage = "The web address is too long: at most {1} characters.")]
    public string? Url { get; set; }

    [StringLength(20, ErrorMessage = "The format is too long: at most {1} characters, for example pdf.")]
    public string? Format { get; set; }

    [Range(1, 10000, ErrorMessage = "Enter the number of pages as a whole number, or leave it empty.")]
    public int? Pages { get; set; }

    public bool Remove { get; set; }
}
