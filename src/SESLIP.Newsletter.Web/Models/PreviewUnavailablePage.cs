using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models;

/// <summary>Why a preview link no longer shows a draft, in words the reviewer can act on; a published update's
/// number, so the page can point at it instead.</summary>
public sealed record PreviewUnavailablePage(int StatusCode, string Heading, string Explanation, int? PublishedNumber = null)
{
    private const string AskForANewOne = "If you still need to see it, ask the SESLIP programme manager who sent it for a new link.";

    public static PreviewUnavailablePage Unknown { get; } = new(StatusCodes.Status404NotFound, "This preview link does not work",
        "The address is not one we recognise. If you pasted it, check you copied the entire address. " + AskForANewOne);

    public static PreviewUnavailablePage Published(int number) => new(StatusCodes.Status410Gone, "This update has been published",
        "The draft this link showed is now published, so the link has closed. Read it on its public page instead.", number);

    public static PreviewUnavailablePage For(PreviewLinkState state, DateTime expiresAtUtc) => state switch
    {
        PreviewLinkState.Expired => new(StatusCodes.Status410Gone, "This preview link has expired",
            $"It worked until {Dates.WithWeekdayAndTime(expiresAtUtc)} (UK time). " + AskForANewOne),
        PreviewLinkState.Revoked => new(StatusCodes.Status410Gone, "This preview link has been withdrawn",
            "The programme manager has closed it, so the draft can no longer be seen through it. " + AskForANewOne),
        PreviewLinkState.UpdateDeleted => new(StatusCodes.Status410Gone, "This draft has been deleted",
            "The draft update this link showed no longer exists, so there is nothing to preview. " + AskForANewOne),
        _ => Unknown,
    };
}
