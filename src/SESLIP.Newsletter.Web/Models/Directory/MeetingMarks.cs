using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models.Directory;

/// <summary>The marks the newest published update gave its meeting lines ("New", "Moved", "Cancelled"), by
/// the directory meeting each line announces, so <c>/meetings</c> tells readers the same news as the update
/// they were sent. The comparison is the update page's own: the newest update against the one before.</summary>
public sealed record MeetingMarks(int? UpdateNumber, IReadOnlyDictionary<int, MeetingChange> ByMeeting)
{
    public static MeetingMarks None { get; } = new(null, new Dictionary<int, MeetingChange>());

    public bool Any => ByMeeting.Count > 0;

    public MeetingChange Of(int meetingId) => ByMeeting.GetValueOrDefault(meetingId);

    /// <summary>One query, the same however long the archive: the two newest published updates, each with its
    /// meeting lines (an update without lines still counts, so its successor's lines are all new).</summary>
    public static async Task<MeetingMarks> LoadAsync(IQueryable<Update> published, CancellationToken cancellationToken)
    {
        var rows = await published.OrderByDescending(u => u.Number).Take(2)
            .SelectMany(u => u.Meetings.DefaultIfEmpty(), (u, m) => new
            {
                u.Number,
                NetworkName = m == null ? null : m.NetworkName,
                Details = m == null ? null : m.Details,
                MeetingId = m == null ? null : m.MeetingId,
            })
            .ToListAsync(cancellationToken);
        var numbers = rows.Select(r => r.Number).Distinct().OrderDescending().ToList();
        if (numbers.Count < 2)
        {
            return None;
        }

        var lines = rows.Where(r => r.NetworkName is not null)
            .Select(r => new { r.Number, NetworkName = r.NetworkName!, Details = r.Details ?? "", r.MeetingId }).ToList();
        var before = MeetingChanges.Before(lines.Where(l => l.Number == numbers[1]).Select(l => (l.NetworkName, l.Details)));
        var marks = new Dictionary<int, MeetingChange>();
        foreach (var line in lines.Where(l => l.Number == numbers[0] && l.MeetingId is not null))
        {
            var change = MeetingChanges.Of(line.NetworkName, line.Details, before);
            if (change != MeetingChange.None)
            {
                marks.TryAdd(line.MeetingId!.Value, change);
            }
        }

        return new(numbers[0], marks);
    }
}
