namespace SESLIP.Newsletter.Web.Email;

public static class EmailSetup
{
    /// <summary>SMTP through MailKit when <c>Email:SmtpHost</c> is set; otherwise <c>.eml</c> files in
    /// <c>Email:PickupDirectory</c>.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton(options);
        services.AddSingleton<IEmailTransport>(string.IsNullOrWhiteSpace(options.SmtpHost)
            ? new PickupDirectoryTransport(Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.PickupDirectory)))
            : new SmtpEmailTransport(options));
        return services;
    }
}
