using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using SESLIP.Newsletter.Web.Controllers;
using SESLIP.Newsletter.Web.Models.Directory;

namespace SESLIP.Newsletter.Web.Services;

/// <summary>Addresses of public pages, generated from their named routes (<see cref="SiteRoutes"/>) for code
/// that needs a string rather than a tag helper: view models, pagers, vCards, calendar subscriptions.</summary>
public static class SiteUrls
{
    /// <summary>An absolute address, for links read outside the site (vCards, calendar subscriptions, feeds).</summary>
    public static string AbsoluteRoute(this IUrlHelper url, string routeName, object? values = null, string? fragment = null) =>
        url.RouteUrl(routeName, values, url.ActionContext.HttpContext.Request.Scheme, host: null, fragment)!;

    /// <summary>A network's page as calendar events link to it.</summary>
    public static Uri AbsoluteNetwork(this IUrlHelper url, string slug) => new(url.AbsoluteRoute(SiteRoutes.Network, new { slug }));

    public static string Update(this IUrlHelper url, int number, string? anchor = null) =>
        url.RouteUrl(new UrlRouteContext { RouteName = SiteRoutes.Update, Values = new { number }, Fragment = anchor })!;

    public static string Contact(this IUrlHelper url, string slug) => url.RouteUrl(SiteRoutes.Contact, new { slug })!;

    public static string Network(this IUrlHelper url, string slug) => url.RouteUrl(SiteRoutes.Network, new { slug })!;

    public static string PastMeetings(this IUrlHelper url, int page) =>
        url.RouteUrl(SiteRoutes.PastMeetings, new { page = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null })!;

    /// <summary>Another page of the same filtered list; the first page and empty filters add nothing to the address.</summary>
    public static string Publications(this IUrlHelper url, PublicationFilter filter, int page = 1) =>
        url.RouteUrl(SiteRoutes.Publications, new
        {
            publisher = filter.Publisher,
            year = filter.Year?.ToString(CultureInfo.InvariantCulture),
            q = filter.Search,
            page = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        })!;
}
