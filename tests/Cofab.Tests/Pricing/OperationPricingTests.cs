using Cofab.Core.Geography;
using Cofab.Core.Pricing;
using Cofab.Core.Resources;

namespace Cofab.Tests.Pricing;

public sealed class OperationPricingTests
{
    private static readonly OperationWork Milling = new("machining.milling.5axis", Quantity: 200, SetupMinutes: 45, UnitMinutes: 6.5m, PartValue: 50000m);

    [Fact]
    public void Time_share_charges_the_hourly_rate_for_setup_and_every_piece_plus_the_setup_charge()
    {
        var charge = OperationPricing.Price([new PriceTerm { Model = PricingModel.PerHour, Rate = 260, SetupCharge = 300 }], Milling)!;

        // (45 + 200 × 6.5) min = 1345 min = 22.41666… h × 260 = 5828.333… + 300
        Assert.Equal(6128.33m, charge.Amount);
        Assert.Equal(PricingModel.PerHour, charge.Model);
    }

    [Fact]
    public void Per_piece_charges_the_rate_per_piece_plus_the_setup_charge()
    {
        var charge = OperationPricing.Price([new PriceTerm { Model = PricingModel.PerPiece, Rate = 3.5m, SetupCharge = 200 }], Milling)!;

        Assert.Equal(900m, charge.Amount);
    }

    [Fact]
    public void By_value_takes_its_share_of_the_declared_value_and_is_not_offered_without_one()
    {
        var byValue = new PriceTerm { Model = PricingModel.ValueShare, Rate = 12 };

        Assert.Equal(6000m, OperationPricing.Price([byValue], Milling)!.Amount);
        Assert.Null(OperationPricing.Price([byValue], Milling with { PartValue = null }));
    }

    [Fact]
    public void The_cheapest_applicable_term_wins_and_a_process_specific_term_beats_general_ones()
    {
        var general = new PriceTerm { Model = PricingModel.PerHour, Rate = 260 };
        var byValue = new PriceTerm { Model = PricingModel.ValueShare, Rate = 15 }; // 7500 against 6128.33 by the hour
        Assert.Equal(PricingModel.PerHour, OperationPricing.Price([byValue, general], Milling)!.Model);

        var specific = new PriceTerm { Model = PricingModel.PerPiece, Rate = 40, ProcessCode = "machining.milling" };
        var charge = OperationPricing.Price([general, byValue, specific], Milling)!;
        Assert.Equal(8000m, charge.Amount);
        Assert.Null(OperationPricing.Price([new PriceTerm { Model = PricingModel.PerPiece, Rate = 1, ProcessCode = "surface.anodizing" }], Milling));
    }

    [Fact]
    public void Amounts_are_rounded_half_away_from_zero_to_the_fen()
    {
        // 1 piece × 0.003 min at 100 CNY/h = 0.005 CNY, which rounds up to one fen.
        var work = new OperationWork("x", 1, 0, 0.003m, null);
        Assert.Equal(0.01m, OperationPricing.Price([new PriceTerm { Model = PricingModel.PerHour, Rate = 100 }], work)!.Amount);
    }

    [Fact]
    public void Transport_is_charged_by_great_circle_distance_with_a_minimum_per_shipment()
    {
        var rates = new PricingRates(TransportYuanPerKm: 3.5m, TransportMinimumYuan: 80m, PlatformFeePercent: 3m);
        var ningbo = new GeoPoint(29.87, 121.54);
        var hangzhou = new GeoPoint(30.27, 120.16);

        var km = ningbo.DistanceKmTo(hangzhou);
        Assert.InRange(km, 130, 150);
        Assert.Equal(Money.Round((decimal)km * 3.5m), TransportPricing.Charge(ningbo, hangzhou, rates));
        Assert.Equal(80m, TransportPricing.Charge(5, rates));
    }

    [Fact]
    public void A_breakdown_adds_up_to_its_total_exactly()
    {
        var rates = new PricingRates(3.5m, 80m, 3m);
        var provider = Guid.NewGuid();
        var lines = new[]
        {
            new PriceLine(Guid.NewGuid(), "Housing", 10, "machining.milling", Guid.NewGuid(), provider, PricingModel.PerHour, 6128.33m),
            new PriceLine(Guid.NewGuid(), "Housing", 20, "surface.anodizing", Guid.NewGuid(), Guid.NewGuid(), PricingModel.PerPiece, 900.01m),
        };
        var legs = new[] { new TransportLeg(Guid.NewGuid(), provider, null, 12.3, 80m) };

        var breakdown = PriceBreakdown.Create(lines, legs, rates);

        Assert.Equal(7028.34m, breakdown.OperationsTotal);
        Assert.Equal(7108.34m, breakdown.Subtotal);
        Assert.Equal(213.25m, breakdown.PlatformFee); // 213.2502
        Assert.Equal(breakdown.OperationsTotal + breakdown.TransportTotal + breakdown.PlatformFee, breakdown.Total);
        Assert.Equal(7321.59m, breakdown.Total);
        Assert.Equal(6128.33m, breakdown.ShareOf(provider));
    }
}
