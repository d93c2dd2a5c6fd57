using Cofab.Core.Orders;
using Cofab.Core.Rfqs;
using Xunit;

namespace Cofab.Tests.Rfqs;

public sealed class RfqRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A housing of 60 pieces milled, anodised, inspected; a cover of 20 pieces whose routing lists step 20 before step 10.</summary>
    private static Order TwoParts()
    {
        static RoutingStep Step(int number, string process, params int[] after) =>
            new() { Number = number, Requirement = new OperationRequirement { ProcessCode = process }, Predecessors = [.. after] };
        return new Order
        {
            Id = Guid.NewGuid(), Title = "Pumps", DeliveryAddress = "Ningbo",
            Parts =
            [
                new OrderPart { Id = Guid.NewGuid(), Name = "Housing", Quantity = 60, Routing = [Step(10, "machining.milling"), Step(20, "surface.anodizing", 10), Step(30, "inspection.cmm", 20)] },
                new OrderPart { Id = Guid.NewGuid(), Name = "Cover", Quantity = 20, Routing = [Step(20, "surface.anodizing", 10), Step(10, "machining.milling")] },
            ],
        };
    }

    [Fact]
    public void The_whole_order_is_every_operation_in_routing_order()
    {
        var order = TwoParts();

        var (scope, errors) = RfqRules.ResolveScope(order, wholeOrder: true, null);

        Assert.Empty(errors);
        Assert.Equal([(order.Parts[0].Id, 10), (order.Parts[0].Id, 20), (order.Parts[0].Id, 30), (order.Parts[1].Id, 10), (order.Parts[1].Id, 20)],
            scope.Select(o => (o.PartId, o.Step)));
    }

    [Fact]
    public void Chosen_operations_come_back_in_routing_order_whatever_order_they_were_named_in()
    {
        var order = TwoParts();
        var cover = order.Parts[1].Id;

        var (scope, errors) = RfqRules.ResolveScope(order, wholeOrder: false, [new RfqOperation(cover, 20), new RfqOperation(cover, 10)]);

        Assert.Empty(errors);
        Assert.Equal([10, 20], scope.Select(o => o.Step));
    }

    [Fact]
    public void Unknown_repeated_missing_or_contradictory_operations_are_refused_naming_the_entry()
    {
        var order = TwoParts();
        var housing = order.Parts[0].Id;

        var (_, unknown) = RfqRules.ResolveScope(order, false, [new RfqOperation(housing, 10), new RfqOperation(housing, 40), new RfqOperation(Guid.NewGuid(), 10), new RfqOperation(housing, 10)]);
        Assert.Equal(["operations[1]", "operations[2]", "operations[3]"], unknown.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("twice", unknown["operations[3]"][0], StringComparison.Ordinal);
        Assert.True(RfqRules.ResolveScope(order, false, []).Errors.ContainsKey("operations"));
        Assert.True(RfqRules.ResolveScope(order, true, [new RfqOperation(housing, 10)]).Errors.ContainsKey("operations"));
    }

    [Theory]
    [InlineData(-1, "in the future")]
    [InlineData(0, "in the future")]
    [InlineData(31 * 24 * 60, "at most 30 days")]
    public void The_bid_deadline_is_in_the_future_and_not_too_far(int minutesAhead, string expected)
    {
        Assert.Contains(expected, RfqRules.CheckDeadline(Now.AddMinutes(minutesAhead), Now, 30), StringComparison.Ordinal);
        Assert.Null(RfqRules.CheckDeadline(Now.AddDays(30), Now, 30));
        Assert.Null(RfqRules.CheckDeadline(Now.AddMinutes(1), Now, 30));
    }

    [Fact]
    public void A_bid_needs_a_positive_price_in_fen_a_lead_time_of_1_to_365_days_and_a_short_note()
    {
        Assert.Empty(RfqRules.ValidateBid(12_500.50m, 1, null));
        Assert.Empty(RfqRules.ValidateBid(0.01m, 365, new string('n', RfqRules.MaxNoteLength)));
        Assert.Equal(["leadTimeDays", "note", "price"], RfqRules.ValidateBid(0, 0, new string('n', RfqRules.MaxNoteLength + 1)).Keys.Order(StringComparer.Ordinal));
        Assert.True(RfqRules.ValidateBid(-5, 10, null).ContainsKey("price"));
        Assert.True(RfqRules.ValidateBid(10.001m, 10, null).ContainsKey("price"));
        Assert.True(RfqRules.ValidateBid(10, 366, null).ContainsKey("leadTimeDays"));
    }

    [Fact]
    public void An_award_splits_the_price_pro_rata_to_quantity_to_the_fen_and_the_parts_to_exactly_the_bid()
    {
        var order = TwoParts();
        var scope = RfqRules.Operations(order);
        var provider = Guid.NewGuid();

        var plan = RfqRules.Plan(order, scope, provider, Guid.Empty, "", 1000m, 10, Now);

        // 60 + 60 + 60 + 20 + 20 = 220 pieces: 60/220 of 1000 is 272.727…, cut to 272.72; the last takes the rest.
        Assert.Equal([272.72m, 272.72m, 272.72m, 90.90m, 90.94m], plan.Select(o => o.Price));
        Assert.Equal(1000m, plan.Sum(o => o.Price));
        Assert.All(plan, o => Assert.Equal(provider, o.ProviderEnterpriseId));
        Assert.Equal([60, 60, 60, 20, 20], plan.Select(o => o.Quantity));
    }

    [Fact]
    public void An_award_spreads_the_lead_time_over_each_parts_operations_one_after_another_from_now()
    {
        var order = TwoParts();
        var plan = RfqRules.Plan(order, RfqRules.Operations(order), Guid.NewGuid(), Guid.Empty, "", 900m, 6, Now);

        var housing = plan.Where(o => o.PartName == "Housing").ToList();
        Assert.Equal([Now, Now.AddDays(2), Now.AddDays(4)], housing.Select(o => o.Start));
        Assert.Equal([Now.AddDays(2), Now.AddDays(4), Now.AddDays(6)], housing.Select(o => o.End));
        var cover = plan.Where(o => o.PartName == "Cover").ToList();
        Assert.Equal([10, 20], cover.Select(o => o.Step));
        Assert.Equal([Now, Now.AddDays(3)], cover.Select(o => o.Start));
        Assert.Equal(Now.AddDays(6), cover[^1].End);
        Assert.Equal(["machining.milling", "surface.anodizing"], cover.Select(o => o.ProcessCode));
    }

    [Fact]
    public void One_operation_takes_the_whole_price_and_lead_time()
    {
        var order = TwoParts();
        var only = new RfqOperation(order.Parts[1].Id, 10);

        var plan = RfqRules.Plan(order, [only], Guid.NewGuid(), Guid.Empty, "", 480.50m, 3, Now);

        Assert.Equal(480.50m, Assert.Single(plan).Price);
        Assert.Equal(Now.AddDays(3), plan[0].End);
    }

    [Fact]
    public void The_order_is_covered_only_when_every_operation_is()
    {
        var order = TwoParts();
        var all = RfqRules.Operations(order).ToHashSet();

        Assert.True(RfqRules.AllCovered(order, all));
        all.Remove(new RfqOperation(order.Parts[1].Id, 20));
        Assert.False(RfqRules.AllCovered(order, all));
    }

    [Fact]
    public void Bids_are_taken_while_open_and_before_the_deadline_only()
    {
        var rfq = new Rfq { Status = RfqStatus.Open, BidDeadline = Now.AddHours(1) };

        Assert.True(rfq.AcceptsBids(Now));
        Assert.False(rfq.AcceptsBids(Now.AddHours(1)));
        rfq.Status = RfqStatus.Awarded;
        Assert.False(rfq.AcceptsBids(Now));
    }
}
