namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>One record in a directory list; <see cref="Id"/> is the record its link edits.</summary>
public sealed record DirectoryRow(int Id, string Text, string Hint);
