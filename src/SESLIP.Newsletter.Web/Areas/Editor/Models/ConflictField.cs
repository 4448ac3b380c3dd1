namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record ConflictField(string Label, string Mine, string Theirs, bool Differs);
