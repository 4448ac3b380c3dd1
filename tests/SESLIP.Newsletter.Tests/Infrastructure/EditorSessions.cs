using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Web.Accounts;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Editor accounts and signed-in browsers-without-a-browser on <see cref="NewsletterFactory"/>.</summary>
public static class EditorSessions
{
    public const string Password = "plum tractor seventeen lanterns";

    /// <summary>Creates an account through the same <c>users add</c> command a person runs.</summary>
    public static async Task CreateUserAsync(this NewsletterFactory factory, string email, string role = Roles.Editor, string password = Password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<UserCommands>();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await commands.RunAsync(["add", email, "--role", role], new StringReader(password + "\n"), output, error);
        Assert.True(exit == 0, $"users add failed: {error}");
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each response.</summary>
    public static EditorClient CreateBrowser(this NewsletterFactory factory, string baseAddress = "http://localhost")
    {
        var jar = new CookieJar();
        var http = factory.CreateDefaultClient(new Uri(baseAddress), jar);
        return new EditorClient(http, jar);
    }

    /// <summary>A new account of <paramref name="role"/>, signed in through the real sign-in form.</summary>
    public static async Task<EditorClient> SignedInAsync(this NewsletterFactory factory, string role = Roles.Editor, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():n}@example.org";
        await factory.CreateUserAsync(email, role);
        var browser = factory.CreateBrowser();
        var response = await browser.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        browser.Email = email;
        return browser;
    }
}

/// <summary>Fetches pages, parses them and submits their real forms, antiforgery token included.</summary>
public sealed class EditorClient(HttpClient http, CookieJar jar) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public string Email { get; set; } = "";

    /// <summary>The Cookie header this client sends, e.g. to replay it from elsewhere.</summary>
    public string CookieHeader => jar.Container.GetCookieHeader(Http.BaseAddress!);

    public CookieContainer Cookies => jar.Container;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}\n{html}");
        return Parser.ParseDocument(html);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string? returnUrl = null)
    {
        var url = "/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return await SubmitAsync(url, "form[action='/account/login']", new() { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>Loads <paramref name="pageUrl"/>, finds the form, fills it with its own values overridden by
    /// <paramref name="values"/> (a null value removes the field) and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string formSelector, Dictionary<string, string?>? values = null, string? submitValue = null)
    {
        var page = await GetPageAsync(pageUrl);
        return await SubmitAsync(page, formSelector, values, submitValue);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, Dictionary<string, string?>? values = null, string? submitValue = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on the page:\n{page.Body?.InnerHtml}");
        var fields = FormFields(form);
        foreach (var (name, value) in values ?? [])
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        if (submitValue is not null)
        {
            fields.Add(new("submit", submitValue));
        }

        return await Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    /// <summary>The fields a browser would send for the form as it stands.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (selected is not null)
                    {
                        fields.Add(new(select.Name, selected.Value));
                    }

                    break;
            }
        }

        return fields;
    }

    public static async Task<IHtmlDocument> ReadPageAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public void Dispose() => Http.Dispose();
}

/// <summary>Keeps cookies like a browser, and lets a test read them.</summary>
public sealed class CookieJar : DelegatingHandler
{
    public CookieContainer Container { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = Container.GetCookieHeader(request.RequestUri!);
        if (header.Length > 0 && !request.Headers.Contains("Cookie"))
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                Container.SetCookies(request.RequestUri!, cookie);
            }
        }

        return response;
    }
}
