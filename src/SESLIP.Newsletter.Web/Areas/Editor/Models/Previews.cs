using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>Editor text shown through the public page's own model and partials, so a preview can
/// never differ from what readers get.</summary>
public static class Previews
{
    public static UpdateItemContext Item(ItemFormModel form) =>
        new(new UpdatePage { Number = form.UpdateNumber, Layout = form.Layout },
            new UpdateItemView
            {
                Section = form.Section,
                Title = (form.Title ?? "").Trim(),
                Anchor = "preview-" + Slug.From(form.Title ?? "item"),
                Body = form.Body ?? "",
                Headlines = form.Headlines ?? "",
                ActionRequired = form.ActionRequired ?? "",
                ActionDeadline = form.ActionDeadline,
            });

    /// <summary>The whole update as the public page would show it, through the public projection.</summary>
    public static UpdatePage Update(Update update, IQueryable<Update> published) =>
        UpdatePage.Query(new[] { update }.AsQueryable(), published).Single();
}
