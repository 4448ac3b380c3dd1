namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class ItemPreview
{
    public object? For(ItemFormModel model) => model is null ? null : null;
}
