namespace SESLIP.Newsletter.Web.Email;

public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it (MailKit's Auto).</summary>
    Auto,
    StartTls,
    SslOnConnect,
    None,
}

/// <summary>The "Email" section. With no <see cref="SmtpHost"/>, messages are written as <c>.eml</c> files to
/// <see cref="PickupDirectory"/> instead, so a developer's <c>dotnet run</c> needs no mail server.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "friday-update@seslip.example";
    public string FromName { get; set; } = "SESLIP Friday Update";
    public string? ReplyTo { get; set; }

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.Auto;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Where messages go when no SMTP host is set; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";
}
