namespace SESLIP.Newsletter.Web.Infrastructure;

public static class ErrorPages
{
    /// <summary>People get a friendly page for every error status, never a stack trace; API clients get
    /// ProblemDetails (see <c>ErrorController</c>). Development keeps the developer exception page.</summary>
    public static WebApplication UseFriendlyErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
