using Cofab.Core.Geography;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;
using Xunit;

namespace Cofab.Tests.Resources;

public sealed class ResourceRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(8));

    private static Resource ValidMachine() => new()
    {
        Name = "DMG MORI DMU 65 monoBLOCK",
        AssetNumber = "NB-0001",
        Kind = ResourceKind.Machine,
        Location = new GeoPoint(29.89, 121.84),
        Visibility = ResourceVisibility.Published,
        Capabilities =
        [
            new Capability
            {
                ProcessCode = "machining.milling.5axis",
                EnvelopeXMm = 735, EnvelopeYMm = 650, EnvelopeZMm = 560,
                ToleranceMm = 0.005m, MaxWeightKg = 600,
                Materials = ["Aluminium 6061", "Steel 45#"],
                MinBatch = 1, MaxBatch = 500, UnitTimeMin = 12.5m, SetupTimeMin = 90,
            },
        ],
        Prices =
        [
            new PriceTerm { Model = PricingModel.PerHour, Rate = 260, SetupCharge = 300 },
            new PriceTerm { Model = PricingModel.ValueShare, Rate = 12.5m, ProcessCode = "machining.milling" },
        ],
        IdleWindows =
        [
            new IdleWindow { Start = Monday, End = Monday.AddHours(8) },
            new IdleWindow { Start = Monday.AddDays(1), End = Monday.AddDays(1).AddHours(16) },
        ],
    };

    private static IReadOnlyDictionary<string, string[]> Validate(Resource resource) =>
        ResourceRules.Validate(resource, CapabilityTaxonomy.Default);

    private static string SingleError(IReadOnlyDictionary<string, string[]> errors, string key)
    {
        Assert.True(errors.ContainsKey(key), $"expected an error for '{key}', got: {string.Join("; ", errors.Keys)}");
        return Assert.Single(errors[key]);
    }

    [Fact]
    public void Validate_accepts_a_complete_machine()
    {
        Assert.Empty(Validate(ValidMachine()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_requires_name_and_asset_number(string blank)
    {
        var resource = ValidMachine();
        resource.Name = blank;
        resource.AssetNumber = blank;
        var errors = Validate(resource);
        Assert.Equal("Name is required.", SingleError(errors, "name"));
        Assert.Equal("Asset number is required.", SingleError(errors, "assetNumber"));
    }

    [Fact]
    public void Validate_limits_name_and_asset_number_length()
    {
        var resource = ValidMachine();
        resource.Name = new string('n', ResourceRules.MaxNameLength + 1);
        resource.AssetNumber = new string('a', ResourceRules.MaxAssetNumberLength + 1);
        var errors = Validate(resource);
        Assert.Contains("at most 200 characters; it has 201", SingleError(errors, "name"), StringComparison.Ordinal);
        Assert.Contains("at most 64 characters; it has 65", SingleError(errors, "assetNumber"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_unknown_process_code()
    {
        var resource = ValidMachine();
        resource.Capabilities[0].ProcessCode = "machining.milling5";
        Assert.Contains("Unknown process code 'machining.milling5'", SingleError(Validate(resource), "capabilities[0].processCode"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("0")]
    [InlineData("10.5")]
    public void Validate_rejects_tolerance_outside_zero_to_ten_mm(string tolerance)
    {
        var resource = ValidMachine();
        resource.Capabilities[0].ToleranceMm = decimal.Parse(tolerance, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"Tolerance must be greater than 0 mm and at most 10 mm; got {tolerance}.",
            SingleError(Validate(resource), "capabilities[0].toleranceMm"));
    }

    [Fact]
    public void Validate_accepts_tolerance_of_exactly_ten_mm()
    {
        var resource = ValidMachine();
        resource.Capabilities[0].ToleranceMm = 10m;
        Assert.Empty(Validate(resource));
    }

    [Fact]
    public void Validate_rejects_non_positive_envelope_and_weight()
    {
        var resource = ValidMachine();
        resource.Capabilities[0].EnvelopeYMm = 0;
        resource.Capabilities[0].MaxWeightKg = -5;
        var errors = Validate(resource);
        Assert.Contains("Envelope Y must be greater than 0 mm", SingleError(errors, "capabilities[0].envelopeYMm"), StringComparison.Ordinal);
        Assert.Contains("got -5", SingleError(errors, "capabilities[0].maxWeightKg"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_batch_range_upside_down_and_below_one()
    {
        var resource = ValidMachine();
        resource.Capabilities[0].MinBatch = 50;
        resource.Capabilities[0].MaxBatch = 10;
        Assert.Equal("Maximum batch (10) must not be less than the minimum batch (50).", SingleError(Validate(resource), "capabilities[0].maxBatch"));

        resource.Capabilities[0].MinBatch = 0;
        resource.Capabilities[0].MaxBatch = null;
        Assert.Contains("at least 1", SingleError(Validate(resource), "capabilities[0].minBatch"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_negative_times_and_blank_materials()
    {
        var resource = ValidMachine();
        resource.Capabilities[0].UnitTimeMin = -1;
        resource.Capabilities[0].SetupTimeMin = -0.5m;
        resource.Capabilities[0].Materials.Add(" ");
        var errors = Validate(resource);
        Assert.Contains("must not be negative", SingleError(errors, "capabilities[0].unitTimeMin"), StringComparison.Ordinal);
        Assert.Contains("-0.5", SingleError(errors, "capabilities[0].setupTimeMin"), StringComparison.Ordinal);
        Assert.Contains("empty", SingleError(errors, "capabilities[0].materials[2]"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_allows_at_most_fifty_capabilities()
    {
        var resource = ValidMachine();
        resource.Capabilities = [.. Enumerable.Range(0, 51).Select(_ => new Capability { ProcessCode = "machining.drilling" })];
        resource.Prices.RemoveAt(1);
        Assert.Contains("at most 50 capabilities", SingleError(Validate(resource), "capabilities"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PricingModel.PerHour, "0", "yuan per hour")]
    [InlineData(PricingModel.PerPiece, "-3", "yuan per piece")]
    [InlineData(PricingModel.ValueShare, "0", "value share")]
    [InlineData(PricingModel.ValueShare, "100.5", "at most 100 %")]
    public void Validate_rejects_rates_outside_their_model_range(PricingModel model, string rate, string hint)
    {
        var resource = ValidMachine();
        resource.Prices[1] = new PriceTerm { Model = model, Rate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) };
        var message = SingleError(Validate(resource), "prices[1].rate");
        Assert.Contains(hint, message, StringComparison.Ordinal);
        Assert.Contains($"got {rate}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_accepts_value_share_of_exactly_one_hundred_percent()
    {
        var resource = ValidMachine();
        resource.Prices[1].Rate = 100;
        Assert.Empty(Validate(resource));
    }

    [Theory]
    [InlineData("cny", "three-letter upper-case")]
    [InlineData("RMB1", "three-letter upper-case")]
    [InlineData("USD", "not settled")]
    public void Validate_requires_currency_cny(string currency, string hint)
    {
        var resource = ValidMachine();
        resource.Prices[0].Currency = currency;
        Assert.Contains(hint, SingleError(Validate(resource), "prices[0].currency"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_a_price_for_a_process_the_resource_does_not_offer()
    {
        var resource = ValidMachine();
        resource.Prices[1].ProcessCode = "surface.anodizing";
        Assert.Contains("none of the resource's capabilities", SingleError(Validate(resource), "prices[1].processCode"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_idle_window_ending_before_it_starts()
    {
        var resource = ValidMachine();
        resource.IdleWindows[0].End = resource.IdleWindows[0].Start;
        Assert.Contains("must be after start", SingleError(Validate(resource), "idleWindows[0].end"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_idle_window_longer_than_a_year()
    {
        var resource = ValidMachine();
        resource.IdleWindows = [new IdleWindow { Start = Monday, End = Monday.AddDays(367) }];
        Assert.Contains("at most 366 days", SingleError(Validate(resource), "idleWindows[0].end"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_overlapping_idle_windows_and_names_the_later_one()
    {
        var resource = ValidMachine();
        resource.IdleWindows.Add(new IdleWindow { Start = Monday.AddHours(4), End = Monday.AddHours(6) });
        var message = SingleError(Validate(resource), "idleWindows[2].start");
        Assert.Contains("overlaps idle window 1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_accepts_idle_windows_that_touch()
    {
        var resource = ValidMachine();
        resource.IdleWindows.Add(new IdleWindow { Start = Monday.AddHours(8), End = Monday.AddHours(10) });
        Assert.Empty(Validate(resource));
    }

    [Fact]
    public void Validate_rejects_location_outside_the_globe()
    {
        var resource = ValidMachine();
        resource.Location = new GeoPoint(95, 121);
        Assert.Contains("latitude from -90 to 90", SingleError(Validate(resource), "location"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_undefined_enum_values()
    {
        var resource = ValidMachine();
        resource.Kind = (ResourceKind)99;
        Assert.Contains("not a known resource kind", SingleError(Validate(resource), "kind"), StringComparison.Ordinal);
    }
}
