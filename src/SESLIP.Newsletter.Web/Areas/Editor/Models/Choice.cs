namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record Choice(int Id, string Text);
