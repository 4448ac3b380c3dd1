using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>Editor text shown through the public page's own model and partials, so a preview can
/// never differ from what readers get. A whole update is previewed by <see cref="PreviewLinks.DraftPreview"/>.</summary>
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
}
