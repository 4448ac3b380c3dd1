namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>One line to check: its number in the source file, why, and the line as the file had it.</summary>
public sealed record ImportReportLineRow(int Line, string Reason, string Text, bool IsGuess);
