using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class CarryOption
{
    public int ItemId { get; set; }
    public bool Carry { get; set; }
    public string Title { get; set; } = "";
    public ItemSection Section { get; set; }
    public DateOnly? RemindUntil { get; set; }
}
