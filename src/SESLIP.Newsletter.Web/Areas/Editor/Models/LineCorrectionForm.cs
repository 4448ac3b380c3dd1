using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>A correction to one meeting, publication or contact line of a published update. Only the
/// fields of the line's kind are shown.</summary>
public sealed class LineCorrectionForm : IConflictForm
{
    public int UpdateId { get; set; }
    public int UpdateNumber { get; set; }
    public EditionLineKind Kind { get; set; }
    public int LineId { get; set; }

    /// <summary>The update's version: a correction is a change of the whole edition.</summary>
    public int Version { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The network name is too long: at most {1} characters.")]
    [Display(Name = "Network")]
    public string? NetworkName { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The details are too long: at most {1} characters.")]
    [Display(Name = "Date, time and place")]
    public string? Details { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The text is too long: at most {1} characters.")]
    [Display(Name = "How to find out more")]
    public string? ContactText { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The line is too long: at most {1} characters.")]
    [Display(Name = "The line as readers see it")]
    public string? Text { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The roles are too long: at most {1} characters.")]
    [Display(Name = "Roles")]
    public string? Roles { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The name is too long: at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The organisation is too long: at most {1} characters.")]
    [Display(Name = "Organisation")]
    public string? Organisation { get; set; }

    [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.org.")]
    [StringLength(Limits.Email, ErrorMessage = "The e-mail address is too long: at most {1} characters.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [StringLength(Limits.Phone, ErrorMessage = "The telephone number is too long: at most {1} characters.")]
    [Display(Name = "Telephone")]
    public string? Phone { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The correction note is too long: at most {1} characters.")]
    [Display(Name = "Correction note")]
    public string? CorrectionNote { get; set; }

    /// <summary>Major unless the editor chooses minor: a note readers see is the safe default.</summary>
    public SESLIP.Newsletter.Web.Publishing.CorrectionKind CorrectionKind { get; set; }

    public ConflictModel? Conflict { get; set; }

    /// <summary>(form field, label) pairs shown for this kind of line.</summary>
    public IReadOnlyList<(string Field, string Label)> Fields => Kind switch
    {
        EditionLineKind.Meetings => [(nameof(NetworkName), "Network"), (nameof(Details), "Date, time and place"), (nameof(ContactText), "How to find out more")],
        EditionLineKind.Publications => [(nameof(Text), "The line as readers see it")],
        _ => [(nameof(Name), "Name"), (nameof(Roles), "Roles"), (nameof(Organisation), "Organisation"), (nameof(Email), "E-mail address"), (nameof(Phone), "Telephone")],
    };

    /// <summary>The field a line of this kind cannot do without; a meeting line may lose its details.</summary>
    public string? RequiredField => Kind switch
    {
        EditionLineKind.Meetings => null,
        EditionLineKind.Publications => nameof(Text),
        _ => nameof(Name),
    };

    public string? ValueOf(string field) => field switch
    {
        nameof(NetworkName) => NetworkName,
        nameof(Details) => Details,
        nameof(ContactText) => ContactText,
        nameof(Text) => Text,
        nameof(Roles) => Roles,
        nameof(Name) => Name,
        nameof(Organisation) => Organisation,
        nameof(Email) => Email,
        _ => Phone,
    };

    public static LineCorrectionForm? From(Update update, EditionLineKind kind, int lineId)
    {
        var form = new LineCorrectionForm { UpdateId = update.Id, UpdateNumber = update.Number, Kind = kind, LineId = lineId, Version = update.Version };
        switch (kind)
        {
            case EditionLineKind.Meetings when update.Meetings.FirstOrDefault(m => m.Id == lineId) is { } m:
                (form.NetworkName, form.Details, form.ContactText) = (m.NetworkName, m.Details, m.ContactText);
                return form;
            case EditionLineKind.Publications when update.Publications.FirstOrDefault(p => p.Id == lineId) is { } p:
                form.Text = p.Text;
                return form;
            case EditionLineKind.Contacts when update.Contacts.FirstOrDefault(c => c.Id == lineId) is { } c:
                (form.Name, form.Roles, form.Organisation, form.Email, form.Phone) = (c.Name, c.Roles, c.Organisation, c.Email, c.Phone);
                return form;
            default:
                return null;
        }
    }

    /// <summary>Writes the corrected text into the line; the links stay as they were.</summary>
    public void ApplyTo(Update update)
    {
        switch (Kind)
        {
            case EditionLineKind.Meetings:
                var m = update.Meetings.Single(l => l.Id == LineId);
                (m.NetworkName, m.Details, m.ContactText) = ((NetworkName ?? "").Trim(), (Details ?? "").Trim(), (ContactText ?? "").Trim());
                break;
            case EditionLineKind.Publications:
                update.Publications.Single(l => l.Id == LineId).Text = (Text ?? "").Trim();
                break;
            default:
                var c = update.Contacts.Single(l => l.Id == LineId);
                (c.Name, c.Roles, c.Organisation, c.Email, c.Phone) = ((Name ?? "").Trim(), (Roles ?? "").Trim(), (Organisation ?? "").Trim(), (Email ?? "").Trim(), (Phone ?? "").Trim());
                break;
        }
    }
}
