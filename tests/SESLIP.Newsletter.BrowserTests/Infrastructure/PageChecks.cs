using System.Globalization;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;

namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>The checks every page must pass (WCAG 2.2 AA): axe-core, reflow at phone width, and
/// keyboard use. Each fails with a message that says which element to fix.</summary>
public static class PageChecks
{
    /// <summary>Every WCAG 2.0, 2.1 and 2.2 level A and AA rule axe-core knows.</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    // axe-core itself, as the Deque package bundles it.
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>Runs axe-core on the page's document and fails naming each violated rule and element.</summary>
    /// <remarks>axe runs in the page itself, as its own documentation shows; the site's pages have no frames.
    /// The packaged runner's frame-by-frame mode opens a second page for every check and costs several times
    /// as long.</remarks>
    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return JSON.stringify(result.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({
                        target: JSON.stringify(n.target), html: n.html,
                        messages: [...n.any, ...n.all, ...n.none].map(c => c.message),
                    })),
                })));
            }
            """,
            WcagTags);
        var violations = JsonSerializer.Deserialize<AxeViolation[]>(json, JsonSerializerOptions.Web) ?? [];
        if (violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{violations.Length} axe violation(s) on {page.Url} at {page.ViewportSize?.Width}px:");
        foreach (var violation in violations)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                foreach (var message in node.Messages)
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"       {message}");
                }
            }
        }

        Assert.Fail(report.ToString());
    }

    private sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, AxeNode[] Nodes);

    private sealed record AxeNode(string Target, string Html, string[] Messages);

    /// <summary>Nothing makes the page scroll sideways at its current viewport width (375 px for a phone).</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var width = page.ViewportSize?.Width ?? throw new InvalidOperationException("The page has no fixed viewport.");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (scrollWidth <= width)
        {
            return;
        }

        // Name the outermost elements that stick out, so the failure points at the CSS to fix.
        var culprits = await page.EvaluateAsync<string[]>(
            """
            width => [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > width + 0.5)
                .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 0.5)
                .slice(0, 10)
                .map(el => el.outerHTML.slice(0, 160) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)')
            """,
            width);
        Assert.Fail($"{page.Url} is {scrollWidth}px wide at a {width}px viewport, so it scrolls sideways. Wider than the screen:{Environment.NewLine}"
            + string.Join(Environment.NewLine, culprits.Select(c => "- " + c)));
    }

    /// <summary>From the top of the page the first Tab lands on a skip link that moves focus into
    /// <c>main</c>; Tab then reaches every visible link, button and field, each showing a visible change
    /// when focused.</summary>
    /// <remarks>Call on a freshly loaded page: it presses keys and marks elements.</remarks>
    public static async Task AssertKeyboardNavigableAsync(IPage page)
    {
        var candidates = await page.EvaluateAsync<string[]>(MarkFocusableScript);
        Assert.True(candidates.Length > 0, $"{page.Url} has nothing to reach by keyboard, not even a skip link.");

        await AssertSkipLinkComesFirstAsync(page);

        // Back to the top of the page as a fresh load leaves it, without loading it again: the skip link's
        // #fragment would start Tab inside <main>.
        await page.EvaluateAsync(BackToTopScript);
        await page.EvaluateAsync<string[]>(MarkFocusableScript);
        var reached = new HashSet<int>();
        var problems = new List<string>();
        var previous = -1;
        var finished = false;
        // Date and time fields take one Tab per part (day, month, year), so allow a few presses per element.
        // The page records each focus change itself, so Tab is pressed a few times between each look at it.
        var limit = (candidates.Length * 4) + 10;
        for (var presses = 0; presses < limit && !finished;)
        {
            var chunk = Math.Min(TabsPerLook, limit - presses);
            for (var i = 0; i < chunk; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            presses += chunk;
            var changes = await page.EvaluateAsync<JsonElement>("() => window.__keyboardCheck.focused.splice(0)");
            foreach (var focus in changes.EnumerateArray())
            {
                if (focus.ValueKind == JsonValueKind.Null)
                {
                    finished = true;
                    break;
                }

                var index = focus.GetProperty("index").GetInt32();
                if (index < 0 || index == previous)
                {
                    continue;
                }

                previous = index;
                if (!reached.Add(index))
                {
                    finished = true;
                    break;
                }

                if (!focus.GetProperty("changed").GetBoolean())
                {
                    problems.Add($"no visible focus style on {focus.GetProperty("description").GetString()}");
                }
            }
        }

        for (var i = 0; i < candidates.Length; i++)
        {
            if (!reached.Contains(i))
            {
                problems.Add($"Tab never reaches {candidates[i]}");
            }
        }

        Assert.True(problems.Count == 0,
            $"Keyboard problems on {page.Url}:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "- " + p)));
    }

    private static async Task AssertSkipLinkComesFirstAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<JsonElement>(
            """
            () => {
                const el = document.activeElement;
                const hash = el && el.tagName === 'A' ? (el.getAttribute('href') || '') : '';
                const target = hash.startsWith('#') && hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
                return {
                    description: el ? el.outerHTML.slice(0, 160) : '(nothing)',
                    isSkipLink: !!target && (target.tagName === 'MAIN' || !!target.closest('main') || !!target.querySelector('main')),
                };
            }
            """);
        Assert.True(first.GetProperty("isSkipLink").GetBoolean(),
            $"The first Tab on {page.Url} should reach a skip link to <main>, but reached {first.GetProperty("description").GetString()}.");

        await page.Keyboard.PressAsync("Enter");
        var focusInMain = await page.EvaluateAsync<bool>(
            "() => { const el = document.activeElement; return !!el && el !== document.body && !!el.closest('main'); }");
        Assert.True(focusInMain,
            $"Activating the skip link on {page.Url} should move focus to <main> (give it tabindex=\"-1\" and the link's target id).");
    }

    private const int TabsPerLook = 8;

    // Drops the #fragment, scrolls to the top and puts the point Tab starts from before the first element,
    // where a fresh load of the page puts it.
    private const string BackToTopScript =
        """
        () => {
            history.replaceState(history.state, '', location.pathname + location.search);
            if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
            window.scrollTo(0, 0);
            const start = document.createElement('span');
            start.tabIndex = -1;
            document.body.prepend(start);
            start.focus({ preventScroll: true });
            start.remove();
        }
        """;

    // Marks every element a keyboard user should be able to reach, remembering how it looks unfocused, and
    // records each focus change from then on: the element, and whether it looks different focused; null
    // once focus has left the page.
    private const string MarkFocusableScript =
        """
        () => {
            const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
            const look = el => {
                const s = getComputedStyle(el);
                const r = el.getBoundingClientRect();
                // Only what can be seen: an outline or border of no width has no colour worth comparing.
                const outline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
                    ? 'none' : [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset].join(' ');
                const border = ['Top', 'Right', 'Bottom', 'Left'].map(side =>
                    s['border' + side + 'Style'] === 'none' || parseFloat(s['border' + side + 'Width']) === 0
                        ? 'none' : [s['border' + side + 'Style'], s['border' + side + 'Width'], s['border' + side + 'Color']].join(' '));
                return [outline, ...border, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine,
                    s.textDecorationThickness, s.textDecorationColor,
                    Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join('|');
            };
            // A radio group is one Tab stop (its checked radio, else its first); arrow keys move within it.
            const group = el => [...document.getElementsByName(el.name)].filter(r => r.type === 'radio' && r.form === el.form);
            const tabStop = el => el.type !== 'radio' || !el.name
                || (group(el).some(r => r.checked) ? el.checked : group(el)[0] === el);
            const found = [...document.querySelectorAll(selector)].filter(el =>
                !el.disabled && el.tabIndex >= 0 && !el.closest('[inert]') && tabStop(el)
                && el.checkVisibility({ visibilityProperty: true, opacityProperty: false }));
            const unfocused = found.map(look);
            const check = { look, elements: found, unfocused, focused: [] };
            if (window.__keyboardCheck) {
                document.removeEventListener('focusin', window.__keyboardCheck.onFocus);
                document.removeEventListener('focusout', window.__keyboardCheck.onBlur);
            }
            check.onFocus = event => {
                const el = event.target;
                const index = found.indexOf(el);
                check.focused.push({
                    index,
                    description: el.outerHTML.slice(0, 160),
                    changed: index >= 0 && look(el) !== unfocused[index],
                });
            };
            check.onBlur = event => { if (!event.relatedTarget) check.focused.push(null); };
            document.addEventListener('focusin', check.onFocus);
            document.addEventListener('focusout', check.onBlur);
            window.__keyboardCheck = check;
            return found.map(el => el.outerHTML.slice(0, 160));
        }
        """;
}
