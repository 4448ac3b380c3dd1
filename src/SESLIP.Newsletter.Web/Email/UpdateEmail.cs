namespace SESLIP.Newsletter.Web.Email;

/// <summary>One update rendered for e-mail: the same for every subscriber, so it is rendered once per send and
/// only the per-subscriber headers differ.</summary>
public sealed record UpdateEmail(int Number, string Subject, string Html, string Text, string WebUrl);
