namespace SESLIP.Newsletter.Web.Email;

public static class SendingSetup
{
    /// <summary>The e-mail edition: rendering, the editor's send actions and the background outbox sender.</summary>
    public static IServiceCollection AddEmailSending(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(NewsletterLinks.Section).Get<NewsletterLinks>() ?? new NewsletterLinks());
        var sending = configuration.GetSection(SendingOptions.Section).Get<SendingOptions>() ?? new SendingOptions();
        services.AddSingleton(sending);
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<UpdateEmailRenderer>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<UpdateSending>();
        services.AddSingleton<OutboxSender>();
        if (sending.Enabled)
        {
            services.AddHostedService(provider => provider.GetRequiredService<OutboxSender>());
        }

        return services;
    }
}
