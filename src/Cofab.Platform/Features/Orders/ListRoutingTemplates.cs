using Cofab.Core.Orders;
using Cofab.Platform.Features.Taxonomy;

namespace Cofab.Platform.Features.Orders;

/// <summary>The routing templates a demander can start from, with each step's process named in both languages.</summary>
public sealed class ListRoutingTemplates(GetTaxonomy taxonomy)
{
    public async Task<IReadOnlyList<RoutingTemplateView>> HandleAsync(CancellationToken ct)
    {
        var tree = await taxonomy.HandleAsync(ct);
        return [.. RoutingTemplates.All.Select(template => new RoutingTemplateView(
            template.Code, template.NameEn, template.NameZh, template.DefaultMaterial,
            [.. template.Steps.Select((step, i) =>
            {
                var node = tree.Find(step.ProcessCode);
                return new TemplateStepView(
                    RoutingTemplates.StepNumber(i), step.ProcessCode, node?.NameEn ?? step.ProcessCode, node?.NameZh ?? step.ProcessCode,
                    step.NameEn, step.NameZh, step.ToleranceMm, step.PerPiece, RoutingTemplates.PredecessorNumbers(template, i), step.Attributes);
            })]))];
    }
}
