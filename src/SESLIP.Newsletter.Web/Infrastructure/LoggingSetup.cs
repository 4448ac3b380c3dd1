using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace SESLIP.Newsletter.Web.Infrastructure;

public static class LoggingSetup
{
    private const string ReadableTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Serilog from the "Serilog" section: compact JSON (one event a line, for log collectors) outside
    /// Development, readable text in Development. A command verb writes its logs to standard error so its
    /// own output on standard out stays clean.</summary>
    public static WebApplicationBuilder AddNewsletterLogging(this WebApplicationBuilder builder, bool toStandardError = false)
    {
        var readable = builder.Environment.IsDevelopment();
        LogEventLevel? standardErrorFrom = toStandardError ? LogEventLevel.Verbose : null;

        // The static Log.Logger is left alone: test hosts run side by side in one process.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (readable)
            {
                logger.WriteTo.Console(outputTemplate: ReadableTemplate, formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: standardErrorFrom);
            }
            else
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter(), standardErrorFromLevel: standardErrorFrom);
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One event per request with its status and timing; probes and static files are logged only at
    /// Verbose/Debug so they do not drown the log.</summary>
    public static IApplicationBuilder UseNewsletterRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments(HealthChecks.PathPrefix) ? LogEventLevel.Verbose
                : IsStaticFile(context.Request.Path) && context.Response.StatusCode < 400 ? LogEventLevel.Debug
                : LogEventLevel.Information;
            // One short line: events already carry RequestId and the W3C trace id (@tr), which the error page
            // shows readers as their reference. The browser's name is added only when configured, since it
            // doubles the size of every line.
            options.MessageTemplate = "{RequestMethod:l} {RequestPath:l} {StatusCode} in {Elapsed:0} ms";
            if (app.Configuration.GetValue<bool>("Logging:RequestUserAgent"))
            {
                options.EnrichDiagnosticContext = (diagnostics, context) =>
                    diagnostics.Set("UserAgent", context.Request.Headers.UserAgent.ToString());
            }
        });

    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/images")
        || path.StartsWithSegments("/favicon.svg") || path.StartsWithSegments("/favicon.ico");
}
