using Cofab.Core.Orders;
using Cofab.Core.Taxonomy;
using Xunit;

namespace Cofab.Tests.Orders;

public sealed class RoutingTemplatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static OrderPart Part(int quantity = 250) => new()
    {
        Name = "Sample", Quantity = quantity, Material = "aluminium 6061", EnvelopeXMm = 200, EnvelopeYMm = 150, EnvelopeZMm = 80, WeightKg = 1.2m,
        DueDate = Now.AddDays(20),
    };

    [Fact]
    public void The_required_part_families_have_templates_named_in_both_languages()
    {
        string[] families = ["machined-aluminium-housing", "turned-steel-shaft", "sheet-metal-enclosure", "knitted-garment", "smt-board", "injection-moulded-cover"];
        Assert.All(families, code => Assert.NotNull(RoutingTemplates.Find(code)));
        Assert.All(RoutingTemplates.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.NameEn));
            Assert.Contains(t.NameZh, c => c > '\u4e00');
            Assert.All(t.Steps, s => Assert.True(CapabilityTaxonomy.Default.Contains(s.ProcessCode), $"{t.Code}: {s.ProcessCode} is not in the default taxonomy"));
        });
    }

    [Fact]
    public void Every_proposed_routing_is_a_valid_routing_for_submission()
    {
        foreach (var template in RoutingTemplates.All)
        {
            var part = Part();
            part.Routing = RoutingTemplates.ProposeRouting(template, part);
            var order = new Order { Title = template.NameEn, DeliveryAddress = "宁波", DeliveryLocation = new(29.8, 121.5), Parts = [part] };

            var errors = OrderRules.Validate(order, CapabilityTaxonomy.Default, Now, forSubmission: true);

            Assert.True(errors.Count == 0, $"{template.Code}: {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}"))}");
        }
    }

    [Fact]
    public void A_proposal_takes_the_parts_facts_where_the_process_takes_them()
    {
        var housing = RoutingTemplates.ProposeRouting(RoutingTemplates.Find("machined-aluminium-housing")!, Part(350));
        var milling = housing[0].Requirement;
        Assert.Equal(("machining.milling.5axis", 350, "aluminium 6061", 200m, 1.2m), (milling.ProcessCode, milling.Quantity, milling.Material, milling.EnvelopeXMm!.Value, milling.WeightKg!.Value));
        Assert.Equal([10, 20, 30, 40, 50], housing.Select(s => s.Number));
        Assert.Equal([20], housing[2].Predecessors);

        var garment = RoutingTemplates.ProposeRouting(RoutingTemplates.Find("knitted-garment")!, Part());
        Assert.Null(garment[0].Requirement.EnvelopeXMm);
        Assert.Equal("aluminium 6061", garment[0].Requirement.Material);

        var board = RoutingTemplates.ProposeRouting(RoutingTemplates.Find("smt-board")!, Part());
        Assert.Null(board[0].Requirement.Material);
        Assert.Equal(200m, board[0].Requirement.EnvelopeXMm);
    }

    [Fact]
    public void One_off_operations_run_once_and_a_missing_material_falls_back_to_the_templates()
    {
        var part = Part(5000);
        part.Material = null;
        var cover = RoutingTemplates.ProposeRouting(RoutingTemplates.Find("injection-moulded-cover")!, part);

        Assert.Equal(1, cover[0].Requirement.Quantity);
        Assert.Equal(5000, cover[1].Requirement.Quantity);
        Assert.Equal("ABS", cover[1].Requirement.Material);
    }
}
