using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using SESLIP.Newsletter.Web.Email;

namespace SESLIP.Newsletter.Web.Rendering;

/// <summary>Renders a Razor view or partial to a string outside any request, as a reader's request to the public
/// address would render it: links come from the routes with the public site's path, never from whichever request
/// happened to ask (<see cref="NewsletterLinks.PublicBaseUrl"/>). Used for stored editions and for the e-mail edition
/// (<see cref="UpdateEmailRenderer"/>).</summary>
public sealed class ViewRenderer(
    IRazorViewEngine viewEngine,
    ITempDataProvider tempDataProvider,
    IServiceProvider services,
    NewsletterLinks site)
{
    /// <summary>Renders <paramref name="viewPath"/> (an app-relative path such as
    /// <c>/Views/Shared/_UpdateBody.cshtml</c>) over <paramref name="model"/>; a partial has no layout.</summary>
    public async Task<string> RenderAsync<TModel>(string viewPath, TModel model, bool isMainPage = false)
    {
        var baseUri = site.BaseUri;
        var httpContext = new DefaultHttpContext { RequestServices = services };
        httpContext.Request.Scheme = baseUri.Scheme;
        httpContext.Request.Host = new HostString(baseUri.Authority);
        httpContext.Request.PathBase = new PathString(baseUri.AbsolutePath.TrimEnd('/'));
        // An endpoint makes the URL helper use endpoint routing (LinkGenerator), as it does inside a request.
        httpContext.SetEndpoint(new Endpoint(null, EndpointMetadataCollection.Empty, "Stored rendering"));
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());

        var view = viewEngine.GetView(executingFilePath: null, viewPath, isMainPage);
        if (!view.Success)
        {
            throw new InvalidOperationException($"The view {viewPath} was not found.");
        }

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var viewContext = new ViewContext(actionContext, view.View, viewData,
            new TempDataDictionary(httpContext, tempDataProvider), writer, new HtmlHelperOptions());
        await view.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
