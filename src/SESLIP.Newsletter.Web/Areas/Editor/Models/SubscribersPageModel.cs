using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The Admins' view of the e-mail list: how many, and a searchable page of subscribers.</summary>
public sealed class SubscribersPageModel
{
    public int Pending { get; init; }
    public int Confirmed { get; init; }
    public int Suppressed { get; init; }
    public string? Query { get; init; }
    public int Page { get; init; } = 1;
    public bool HasMore { get; init; }
    public IReadOnlyList<SubscriberRow> Rows { get; init; } = [];
}

public sealed record SubscriberRow(int Id, string Email, string? Name, SubscriberStatus Status, DateTime ConsentAtUtc, string ConsentSource);
