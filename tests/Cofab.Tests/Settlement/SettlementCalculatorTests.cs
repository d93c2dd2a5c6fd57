using Cofab.Core.Settlement;

namespace Cofab.Tests.Settlement;

public sealed class SettlementCalculatorTests
{
    private static readonly Guid Part = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly FeeTerms TwoPercentAtLeast20 = new(2m, 20m);

    private static WorkOrderCharge Work(decimal price, Guid? provider = null, params SettledOperation[] operations) =>
        new(Guid.NewGuid(), provider ?? Guid.NewGuid(), price, operations.Length > 0 ? operations : [new SettledOperation(Part, 10, 100, price)]);

    [Fact]
    public void The_fee_is_the_percentage_but_at_least_the_minimum_per_work_order()
    {
        var large = Work(5000m);
        var small = Work(300m);

        var result = SettlementCalculator.Compute([large, small], [], TwoPercentAtLeast20);

        var big = result.Lines.Single(l => l.ProviderEnterpriseId == large.ProviderEnterpriseId);
        Assert.Equal((5000m, 100m, 4900m), (big.Amount, big.Fee, big.Net));
        var little = result.Lines.Single(l => l.ProviderEnterpriseId == small.ProviderEnterpriseId);
        Assert.Equal((300m, 20m, 280m), (little.Amount, little.Fee, little.Net));
        Assert.Equal((5300m, 120m, 5180m), (result.DemanderTotal, result.FeeTotal, result.NetTotal));
    }

    [Fact]
    public void The_minimum_fee_never_takes_more_than_the_work_order_is_worth()
    {
        var result = SettlementCalculator.Compute([Work(12.5m)], [], TwoPercentAtLeast20);

        Assert.Equal((12.5m, 12.5m, 0m), (result.Lines[0].Amount, result.Lines[0].Fee, result.Lines[0].Net));
    }

    [Fact]
    public void Every_line_and_the_totals_add_up_to_the_fen_however_the_prices_round()
    {
        var random = new Random(20261130);
        var providers = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToList();
        var work = Enumerable.Range(0, 60).Select(_ => Work(Math.Round((decimal)random.NextDouble() * 20_000m, 4), providers[random.Next(providers.Count)])).ToList();
        var writeOffs = work.Where((_, i) => i % 3 == 0).Select(w => new WriteOff(w.WorkOrderId, Part, 10, random.Next(1, 30))).ToList();

        var result = SettlementCalculator.Compute(work, writeOffs, new FeeTerms(3.7m, 15m));

        foreach (var line in result.Lines)
        {
            Assert.Equal(line.Amount, line.Gross - line.Deductions);
            Assert.Equal(line.Net, line.Amount - line.Fee);
            Assert.All(new[] { line.Gross, line.Deductions, line.Amount, line.Fee, line.Net }, v => Assert.Equal(v, Math.Round(v, 2)));
        }

        Assert.Equal(result.DemanderTotal, result.FeeTotal + result.NetTotal);
        Assert.Equal(result.DemanderTotal, result.Lines.Sum(l => l.Amount));
        Assert.Equal(work.Count, result.Lines.Sum(l => l.WorkOrderIds.Count));
        Assert.True(result.Lines.Sum(l => l.Deductions) > 0);
    }

    [Fact]
    public void Scrapped_pieces_cost_the_provider_their_share_of_the_operations_they_went_through()
    {
        var other = Guid.NewGuid();
        var work = Work(1000m, null,
            new SettledOperation(Part, 10, 60, 600m),
            new SettledOperation(Part, 20, 60, 300m),
            new SettledOperation(other, 10, 10, 100m));

        // 6 pieces of step 20 (6/60 of 300) and 3 finished pieces of the part (3/60 of 600 + 300).
        var result = SettlementCalculator.Compute([work], [new WriteOff(work.WorkOrderId, Part, 20, 6), new WriteOff(work.WorkOrderId, Part, null, 3)], TwoPercentAtLeast20);

        var line = Assert.Single(result.Lines);
        Assert.Equal((1000m, 75m, 925m), (line.Gross, line.Deductions, line.Amount));
        Assert.Equal((20m, 905m), (line.Fee, line.Net));
    }

    [Fact]
    public void Write_offs_never_cost_more_than_the_work_order_and_other_work_orders_are_untouched()
    {
        var scrapped = Work(400m);
        var untouched = Work(400m, scrapped.ProviderEnterpriseId);

        var result = SettlementCalculator.Compute([scrapped, untouched], [new WriteOff(scrapped.WorkOrderId, null, null, 100), new WriteOff(scrapped.WorkOrderId, null, null, 100)], TwoPercentAtLeast20);

        var line = Assert.Single(result.Lines);
        Assert.Equal((800m, 400m, 400m), (line.Gross, line.Deductions, line.Amount));
        Assert.Equal(2, line.WorkOrderIds.Count);
        // 20 minimum on each work order: the fully written-off one pays none, since it is worth nothing.
        Assert.Equal(20m, line.Fee);
    }
}
