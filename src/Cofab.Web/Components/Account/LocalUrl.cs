namespace Cofab.Web.Components.Account;

/// <summary>Keeps redirects on this site: a returnUrl pointing elsewhere would make the sign-in page an open redirector.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
