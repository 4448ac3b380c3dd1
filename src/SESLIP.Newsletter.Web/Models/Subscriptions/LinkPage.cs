namespace SESLIP.Newsletter.Web.Models.Subscriptions;

/// <summary>A page reached from a link in an e-mail that shows one button, so that a mail scanner opening the
/// link changes nothing: only the person pressing the button does.</summary>
public sealed record LinkPage(string Token);
