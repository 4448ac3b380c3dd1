namespace SESLIP.Newsletter.Web.Domain;

/// <summary>The one rule for telling readers what changed in the meeting dates since last week.</summary>
public static class MeetingChanges
{
    /// <summary>Compares a line with the lines of the previous published update, by network name (lines copied
    /// as text have no directory network). <paramref name="before"/> is null when there is no previous update:
    /// then nothing is marked, since everything would be "new".</summary>
    public static MeetingChange Of(string networkName, string details, IReadOnlyDictionary<string, string>? before)
    {
        if (before is null)
        {
            return MeetingChange.None;
        }

        if (!before.TryGetValue(networkName, out var last))
        {
            return MeetingChange.New;
        }

        if (IsCancelled(details))
        {
            return IsCancelled(last) ? MeetingChange.None : MeetingChange.Cancelled;
        }

        // A date given where there was none is news, not a move.
        return last.Length == 0 && details.Length > 0 ? MeetingChange.New
            : last.Length > 0 && !string.Equals(last, details, StringComparison.Ordinal) ? MeetingChange.Moved
            : MeetingChange.None;
    }

    /// <summary>A published update's lines as <see cref="Of"/> compares with: details by network name, the
    /// first line of a network counting when it has two.</summary>
    public static IReadOnlyDictionary<string, string> Before(IEnumerable<(string NetworkName, string Details)> lines) =>
        lines.GroupBy(l => l.NetworkName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Details, StringComparer.Ordinal);

    /// <summary>The wording <see cref="MeetingWording"/> gives a cancelled meeting.</summary>
    private static bool IsCancelled(string details) => details.StartsWith(MeetingWording.CancelledPrefix, StringComparison.Ordinal);
}
