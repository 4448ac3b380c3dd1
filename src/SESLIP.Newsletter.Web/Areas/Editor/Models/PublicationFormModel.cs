using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>A publication added to the library from an item's form.</summary>
public sealed class PublicationFormModel
{
    [StringLength(Limits.Line, ErrorMessage = "The publication title is too long: at most {1} characters.")]
    [Display(Name = "New publication: title")]
    public string? Title { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The publisher is too long: at most {1} characters.")]
    [Display(Name = "Published by")]
    public string? Publisher { get; set; }

    [Display(Name = "Published on")]
    public DateOnly? PublishedOn { get; set; }

    [Url(ErrorMessage = "Enter a full web address starting with https://")]
    [StringLength(Limits.Url, ErrorMessage = "The web address is too long: at most {1} characters.")]
    [Display(Name = "Web address")]
    public string? Url { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Publisher) && PublishedOn is null && string.IsNullOrWhiteSpace(Url);
}
