namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record MeetingRow(int Id, string Text, bool IsCancelled, bool IsPast);
