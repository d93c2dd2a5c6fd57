using Cofab.Core.Resources;
using Cofab.Platform.Features.Resources;

namespace Cofab.Web.Components.Pages.Resources;

/// <summary>What the resource list is filtered by; the filter bar edits it and the table turns it into a query per page.</summary>
public sealed class ResourceFilter
{
    public ResourceScope Scope { get; set; } = ResourceScope.Mine;
    public string? Search { get; set; }
    public ResourceKind? Kind { get; set; }
    public string? ProcessCode { get; set; }
    public string? DivisionCode { get; set; }
    public string? Material { get; set; }

    public ResourceQuery ToQuery(int page, int pageSize) =>
        new(Scope, Blank(Search), Kind, Blank(ProcessCode), Blank(Material), Blank(DivisionCode), ClusterId: null, page, pageSize);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
