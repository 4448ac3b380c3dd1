namespace SESLIP.Newsletter.Web.Email;

/// <summary>The "Subscriptions" section: how readers subscribe by e-mail.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>The mailbox that takes "unsubscribe" e-mails (the <c>mailto:</c> of List-Unsubscribe); the
    /// sender's address when not set.</summary>
    public string? UnsubscribeMailbox { get; set; }

    /// <summary>How long a confirmation link works.</summary>
    public int ConfirmationLinkHours { get; set; } = 72;

    /// <summary>Subscribe attempts one client address may make per window before getting 429.</summary>
    public int SubscribePermitLimit { get; set; } = 5;

    public int SubscribeWindowSeconds { get; set; } = 600;
}
