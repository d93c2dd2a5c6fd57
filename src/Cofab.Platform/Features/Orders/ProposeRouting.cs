using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Taxonomy;

namespace Cofab.Platform.Features.Orders;

/// <summary>The platform's proposal for a part's routing, from a template and the part's facts; the demander edits it.</summary>
public sealed class ProposeRouting(GetTaxonomy taxonomy)
{
    public async Task<Result<IReadOnlyList<RoutingStepData>>> HandleAsync(ProposeRoutingInput input, CancellationToken ct)
    {
        var template = RoutingTemplates.Find(input.TemplateCode);
        if (template is null)
            return Failure.Invalid("templateCode", $"There is no routing template '{input.TemplateCode}'; choose one of: {string.Join(", ", RoutingTemplates.All.Select(t => t.Code))}.");
        if (input.Part is null) return Failure.Invalid("part", "Describe the part (quantity, material, envelope) so the routing can be filled in.");
        if (input.Part.Quantity <= 0) return Failure.Invalid("part.quantity", "The quantity is a whole number of pieces, at least 1.");

        var part = OrderMapping.ToPart(input.Part with { Routing = [] }, keepId: false);
        var steps = RoutingTemplates.ProposeRouting(template, part, await taxonomy.HandleAsync(ct));
        return steps.Select(OrderMapping.ToData).ToList();
    }
}
