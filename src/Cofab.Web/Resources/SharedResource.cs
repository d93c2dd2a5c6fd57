namespace Cofab.Web.Resources;

/// <summary>
/// Marker for the one resource file set every page shares (SharedResource.resx in English, SharedResource.zh-CN.resx in
/// Chinese): one file per language keeps terms such as 工序 or 分时 translated the same way on every page.
/// </summary>
public sealed class SharedResource;
