namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>The two widths every page is checked at: a laptop and a small phone (WCAG 1.4.10 reflow).</summary>
public static class Viewport
{
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 800;
    public const int PhoneWidth = 375;
    public const int PhoneHeight = 812;
}
