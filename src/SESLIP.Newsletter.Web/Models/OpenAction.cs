using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models;

/// <summary>One row of the open actions page and one entry of its feed.</summary>
public sealed class OpenAction
{
    public string Title { get; init; } = "";
    public string Anchor { get; init; } = "";
    public string ActionRequired { get; init; } = "";
    public DateOnly? Deadline { get; init; }
    public int UpdateNumber { get; init; }
    public DateOnly IssueDate { get; init; }
    public DateTime? PublishedAtUtc { get; init; }
    public DateTime? LastCorrectedAtUtc { get; init; }

    public string UpdateTitle => $"Update no {UpdateNumber}";

    /// <summary>When the action last changed for readers: its update's latest correction, else its publication.</summary>
    public DateTimeOffset ChangedAt
    {
        get
        {
            var at = LastCorrectedAtUtc ?? PublishedAtUtc;
            return at is DateTime utc
                ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))
                : new DateTimeOffset(IssueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
    }
}
