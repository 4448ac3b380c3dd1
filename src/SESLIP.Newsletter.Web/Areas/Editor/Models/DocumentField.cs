using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

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
