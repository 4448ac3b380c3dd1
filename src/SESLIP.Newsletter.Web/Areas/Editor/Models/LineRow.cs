namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>One line of a draft's list. <paramref name="Label"/> is its short name in the page's outline;
/// <paramref name="MeetingId"/> the directory meeting a meeting line shows, which is edited from the line;
/// <paramref name="CancelVersion"/> that meeting's version when it can be cancelled from the line (dated,
/// still to come, not cancelled).</summary>
public sealed record LineRow(int Id, string Text, bool Linked, string Label, int? MeetingId = null, int? CancelVersion = null);
