using SESLIP.Newsletter.Web.Email;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The e-mail block of an update's page: where sending stands and what the editor can do next.</summary>
public sealed record SendingPanelModel(int UpdateId, int Number, SendProgress Progress, int Subscribers)
{
    public static SendingPanelModel From(SendProgress progress, int number, int subscribers) =>
        new(progress.UpdateId, number, progress, subscribers);

    public string Title => $"Update no {Number}";

    /// <summary>Whether messages are still to go (or paused), so the page refreshes the figures.</summary>
    public bool Active => Progress.Remaining > 0;

    /// <summary>Whether the sender is working through messages that are not paused.</summary>
    public bool Running => Progress.Queued + Progress.Sending > 0;
}
