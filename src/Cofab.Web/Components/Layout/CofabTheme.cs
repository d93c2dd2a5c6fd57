using MudBlazor;

namespace Cofab.Web.Components.Layout;

/// <summary>The platform's look: a sober industrial blue, and system fonts (Google Fonts are not reachable from mainland China).</summary>
public static class CofabTheme
{
    private static readonly string[] FontStack =
        ["-apple-system", "BlinkMacSystemFont", "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e8c",
            Secondary = "#00838f",
            Tertiary = "#f57c00",
            AppbarBackground = "#16365f",
            Background = "#f4f6f9",
            DrawerBackground = "#ffffff",
            DrawerText = "#263238",
            DrawerIcon = "#1f4e8c",
            TextPrimary = "#1d2733",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            // Upper-case buttons shout in English and mean nothing in Chinese.
            Button = new ButtonTypography { FontFamily = FontStack, TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "232px" },
    };
}
