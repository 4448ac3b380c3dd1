namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record ItemRow(int Id, string Title, int Version, DateOnly? RemindUntil, string? PublicationTitle, bool CarriedForward);
