using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SESLIP.Newsletter.Web.Accounts;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.Security;

/// <summary>Options of the editor area's security, section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Sign-in attempts one client address may make per window before getting 429.</summary>
    public int SignInPermitLimit { get; set; } = 10;

    public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>Where an earlier version kept the Data Protection keys. Keys are now kept in the database; keys
    /// found here and missing there are copied in when the keys are first read, so nothing they signed stops working.</summary>
    public string? KeysDirectory { get; set; }
}

public static class EditorAreaSetup
{
    public const string CookieName = ".SESLIP.Editor";
    public const string AntiforgeryCookieName = ".SESLIP.Antiforgery";

    /// <summary>The Data Protection application name every instance of the site shares.</summary>
    public const string DataProtectionApplicationName = "SESLIP.Newsletter";

    /// <summary>Identity, the sign-in cookie, the Editor and Admin policies, sign-in rate limiting,
    /// antiforgery on every unsafe request, the audit trail and scheduled publishing.</summary>
    public static IServiceCollection AddEditorArea(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length and a blocklist, no composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<NewsletterDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<EditorClaimsPrincipalFactory>();

        // Checked on every request, so signing out, changing a password or a role ends every
        // other session at once instead of up to 30 minutes later.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // The account pages' addresses come from their routes, which exist once the endpoints are mapped.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<LinkGenerator>((cookie, links) =>
            {
                cookie.LoginPath = AccountPath(links, nameof(AccountController.Login));
                cookie.LogoutPath = AccountPath(links, nameof(AccountController.Logout));
                cookie.AccessDeniedPath = AccountPath(links, nameof(AccountController.AccessDenied));
            });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<MvcOptions>(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

            // Messages a person can act on when a value cannot even be read (a date that does not exist, letters in a number).
            o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}” is not a valid {field.ToLowerInvariant()}. Check it and try again.");
            o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"“{value}” is not valid here. Check it and try again.");
            o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(field => $"Enter the {field.ToLowerInvariant()}.");
            o.Conventions.Add(new EditorAreaConvention());
        });

        // Keys in the database, so every instance reads one key ring; a fixed application name, so the content
        // root or the process's path never makes two instances (or a redeployed one) a different application.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<NewsletterDbContext>();
        if (!string.IsNullOrWhiteSpace(security.KeysDirectory))
        {
            var folder = new DirectoryInfo(security.KeysDirectory);
            services.AddOptions<KeyManagementOptions>().PostConfigure(keys =>
                keys.XmlRepository = new KeysFromFolder(keys.XmlRepository!, folder));
        }

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? wait
                    : TimeSpan.FromSeconds(security.SignInWindowSeconds);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    $"Too many sign-in attempts from your address. Please wait {seconds} seconds and try again.", cancellationToken);
            };
            o.AddPolicy(Policies.SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = security.SignInPermitLimit,
                    Window = TimeSpan.FromSeconds(security.SignInWindowSeconds),
                    QueueLimit = 0,
                }));
        });

        services.AddScoped<Editing.AuditTrail>();
        services.AddScoped<Editing.EditorialChanges>();
        services.AddScoped<UserCommands>();
        services.AddScoped<Areas.Editor.Models.DirectoryUsage>();
        services.AddPublishing();
        return services;
    }

    private static PathString AccountPath(LinkGenerator links, string action) =>
        links.GetPathByAction(action, "Account", new { area = "" })
            ?? throw new InvalidOperationException($"No route for Account/{action}.");

    /// <summary>Anything under /editor that no action matches still needs an editor, so an
    /// anonymous visitor learns nothing about which editor URLs exist.</summary>
    public static WebApplication MapEditorArea(this WebApplication app)
    {
        app.MapFallback("/editor/{**path}", context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            })
            .RequireAuthorization(Policies.Editor);
        return app;
    }
}
