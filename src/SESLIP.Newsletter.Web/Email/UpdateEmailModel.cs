using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>What the e-mail view shows: the update as the page shows it, plus what only the e-mail needs.</summary>
public sealed record UpdateEmailModel(UpdatePage Update, string Subject, string Preheader, string WebUrl);
