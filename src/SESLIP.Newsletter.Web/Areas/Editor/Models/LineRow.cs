namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record LineRow(int Id, string Text, bool Linked);
