using Cofab.Core.Geography;
using Cofab.Core.Orders;
using Cofab.Core.Quality;
using Cofab.Core.Taxonomy;
using Xunit;

namespace Cofab.Tests.Orders;

public sealed class OrderRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static CapabilityTaxonomy Taxonomy => CapabilityTaxonomy.Default;

    internal static RoutingStep Step(int number, string processCode, params int[] predecessors) => new()
    {
        Number = number,
        Requirement = new OperationRequirement { ProcessCode = processCode, Quantity = 100 },
        Predecessors = [.. predecessors],
    };

    private static Order ValidOrder() => new()
    {
        Title = "Pump housings",
        DeliveryAddress = "宁波市鄞州区",
        DeliveryLocation = new GeoPoint(29.82, 121.55),
        Parts =
        [
            new OrderPart
            {
                Id = Guid.NewGuid(), Name = "Housing", Quantity = 100, Material = "aluminium",
                EnvelopeXMm = 180, EnvelopeYMm = 120, EnvelopeZMm = 60, DueDate = Now.AddDays(30),
                Routing = [Step(10, "machining.milling.5axis"), Step(20, "surface.anodizing", 10), Step(30, "inspection.cmm", 20)],
            },
        ],
    };

    [Fact]
    public void A_complete_order_is_valid_for_submission()
    {
        Assert.Empty(OrderRules.Validate(ValidOrder(), Taxonomy, Now, forSubmission: true));
    }

    [Fact]
    public void An_unknown_process_is_named_by_its_path()
    {
        var order = ValidOrder();
        order.Parts.Add(ValidOrder().Parts[0]);
        order.Parts[1].Id = Guid.NewGuid();
        order.Parts[1].Routing[2] = Step(30, "inspection.xray", 20);

        var errors = OrderRules.Validate(order, Taxonomy, Now, forSubmission: false);

        var message = Assert.Single(Assert.Single(errors, e => e.Key == "parts[1].routing[2].processCode").Value);
        Assert.Contains("inspection.xray", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_in_the_routing_is_reported_with_the_steps_in_it()
    {
        var order = ValidOrder();
        order.Parts[0].Routing[0].Predecessors = [30];

        var errors = OrderRules.Validate(order, Taxonomy, Now, forSubmission: false);

        var (field, messages) = Assert.Single(errors);
        Assert.StartsWith("parts[0].routing[", field, StringComparison.Ordinal);
        Assert.EndsWith("].predecessors", field, StringComparison.Ordinal);
        Assert.Contains("10", messages[0], StringComparison.Ordinal);
        Assert.Contains("30", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_predecessor_that_does_not_exist_is_reported_on_the_step_that_names_it()
    {
        var order = ValidOrder();
        order.Parts[0].Routing[1].Predecessors = [15];

        var errors = OrderRules.Validate(order, Taxonomy, Now, forSubmission: false);

        Assert.Contains("15", Assert.Single(errors["parts[0].routing[1].predecessors"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_joining_two_branches_is_a_valid_dag()
    {
        var order = ValidOrder();
        order.Parts[0].Routing = [Step(10, "machining.milling.3axis"), Step(20, "machining.turning.cnc"), Step(30, "assembly.mechanical", 10, 20)];

        Assert.Empty(OrderRules.Validate(order, Taxonomy, Now, forSubmission: true));
        Assert.Equal([0, 1, 2], RoutingGraph.TopologicalOrder(order.Parts[0].Routing));
    }

    [Fact]
    public void Quantities_and_requirement_values_must_be_positive()
    {
        var order = ValidOrder();
        order.Parts[0].Quantity = 0;
        order.Parts[0].Routing[0].Requirement = order.Parts[0].Routing[0].Requirement with { ToleranceMm = -0.01m, Quantity = 0 };

        var errors = OrderRules.Validate(order, Taxonomy, Now, forSubmission: false);

        Assert.Contains("parts[0].quantity", errors.Keys);
        Assert.Contains("parts[0].routing[0].toleranceMm", errors.Keys);
        Assert.Contains("parts[0].routing[0].quantity", errors.Keys);
    }

    [Fact]
    public void A_due_date_not_after_now_is_refused()
    {
        var order = ValidOrder();
        order.Parts[0].DueDate = Now;

        var errors = OrderRules.Validate(order, Taxonomy, Now, forSubmission: false);

        Assert.Contains("future", Assert.Single(errors["parts[0].dueDate"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_demand_the_process_cannot_express_is_refused()
    {
        var order = ValidOrder();
        order.Parts[0].Routing[1].Requirement = order.Parts[0].Routing[1].Requirement with { ToleranceMm = 0.01m };

        var errors = OrderRules.Validate(order, Taxonomy, Now, forSubmission: false);

        Assert.Contains("Anodizing", Assert.Single(errors["parts[0].routing[1].toleranceMm"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_aql_outside_the_preferred_series_is_refused()
    {
        var order = ValidOrder();
        order.Parts[0].Quality = new QualityLevel(InspectionLevel.II, 1.2m);

        Assert.Contains("parts[0].quality.aql", OrderRules.Validate(order, Taxonomy, Now, forSubmission: false).Keys);
    }

    [Fact]
    public void A_draft_may_be_incomplete_but_a_submission_may_not()
    {
        var order = ValidOrder();
        order.Parts[0].Routing = [];

        Assert.Empty(OrderRules.Validate(order, Taxonomy, Now, forSubmission: false));
        Assert.Contains("parts[0].routing", OrderRules.Validate(order, Taxonomy, Now, forSubmission: true).Keys);
        order.Parts.Clear();
        Assert.Contains("parts", OrderRules.Validate(order, Taxonomy, Now, forSubmission: true).Keys);
    }
}
