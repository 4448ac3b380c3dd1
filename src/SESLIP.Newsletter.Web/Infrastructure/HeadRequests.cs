using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>HEAD is answered wherever GET is, with GET's status and headers and no body (RFC 9110 §9.3.2):
/// uptime monitors and link checkers send HEAD. One convention over every action, so no route attribute has
/// to remember it.</summary>
public static class HeadRequests
{
    public static void Register(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Conventions.Add(new AnswerHeadLikeGet());
    }

    private sealed class AnswerHeadLikeGet : IApplicationModelConvention
    {
        public void Apply(ApplicationModel application)
        {
            ArgumentNullException.ThrowIfNull(application);
            foreach (var selector in application.Controllers.SelectMany(c => c.Actions).SelectMany(a => a.Selectors))
            {
                // The matcher reads the endpoint metadata; the action constraint is what MVC itself checks.
                for (var i = 0; i < selector.EndpointMetadata.Count; i++)
                {
                    if (selector.EndpointMetadata[i] is HttpMethodMetadata metadata && WithHead(metadata.HttpMethods) is { } methods)
                    {
                        selector.EndpointMetadata[i] = new HttpMethodMetadata(methods, metadata.AcceptCorsPreflight);
                    }
                }

                for (var i = 0; i < selector.ActionConstraints.Count; i++)
                {
                    if (selector.ActionConstraints[i] is HttpMethodActionConstraint constraint && WithHead(constraint.HttpMethods) is { } methods)
                    {
                        selector.ActionConstraints[i] = new HttpMethodActionConstraint(methods);
                    }
                }
            }
        }
    }

    /// <summary>Lets a HEAD request run as far as the response, then throws its body away; the server would
    /// too, but not every host does (the test host does not).</summary>
    public static WebApplication UseHeadWithoutBody(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, context.Features.GetRequiredFeature<IHttpResponseBodyFeature>()));
            }

            return next(context);
        });
        return app;
    }

    private static string[]? WithHead(IEnumerable<string> methods)
    {
        var list = methods.ToList();
        return list.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !list.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase)
            ? [.. list, HttpMethods.Head]
            : null;
    }
}
