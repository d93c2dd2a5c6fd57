using System.Globalization;
using Cofab.Core.Taxonomy;
using Cofab.Core.Validation;
using static System.FormattableString;

namespace Cofab.Core.Resources;

/// <summary>
/// The rules a resource description must satisfy before it is stored or offered. Pure: no database, no clock.
/// Errors are keyed by JSON-style paths (<c>capabilities[0].toleranceMm</c>) and worded so that the person
/// filling in the form or spreadsheet knows what to change.
/// </summary>
public static class ResourceRules
{
    public const int MaxNameLength = 200;
    public const int MaxAssetNumberLength = 64;
    public const int MaxTextLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxCapabilities = 50;
    public const int MaxPrices = 50;
    public const int MaxIdleWindows = 500;
    public const int MaxMaterialLength = 100;
    public const int MaxNoteLength = 200;
    public const decimal MaxToleranceMm = 10m;

    /// <summary>A generous bound that catches metres typed into a millimetre column (a 100 m envelope is no machine).</summary>
    public const decimal MaxEnvelopeMm = 100_000m;

    public const decimal MaxValueSharePercent = 100m;
    public static readonly TimeSpan MaxIdleWindowLength = TimeSpan.FromDays(366);

    /// <summary>Settlement on the platform is in yuan; other currencies would need exchange rules first.</summary>
    public static readonly IReadOnlySet<string> SupportedCurrencies = new HashSet<string>(StringComparer.Ordinal) { "CNY" };

    public static IReadOnlyDictionary<string, string[]> Validate(Resource resource, CapabilityTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new FieldErrors();

        RequiredText(errors, "name", "Name", resource.Name, MaxNameLength);
        RequiredText(errors, "assetNumber", "Asset number", resource.AssetNumber, MaxAssetNumberLength);
        OptionalText(errors, "manufacturer", "Manufacturer", resource.Manufacturer, MaxTextLength);
        OptionalText(errors, "model", "Model", resource.Model, MaxTextLength);
        OptionalText(errors, "description", "Description", resource.Description, MaxDescriptionLength);
        DefinedEnum(errors, "kind", "resource kind", resource.Kind);
        DefinedEnum(errors, "visibility", "visibility", resource.Visibility);
        DefinedEnum(errors, "dataLevel", "data level", resource.DataLevel);

        if (!resource.Location.IsValid)
        {
            errors.Add("location", Invariant($"Location must have a latitude from -90 to 90 and a longitude from -180 to 180; got ({resource.Location.Latitude}, {resource.Location.Longitude})."));
        }

        if (resource.Capabilities.Count > MaxCapabilities)
        {
            errors.Add("capabilities", $"A resource can list at most {MaxCapabilities} capabilities; this one has {resource.Capabilities.Count}. Split it into several resources.");
        }

        for (var i = 0; i < resource.Capabilities.Count; i++)
        {
            ValidateCapability(errors, $"capabilities[{i}]", resource.Capabilities[i], taxonomy);
        }

        if (resource.Prices.Count > MaxPrices)
        {
            errors.Add("prices", $"A resource can list at most {MaxPrices} prices; this one has {resource.Prices.Count}.");
        }

        for (var i = 0; i < resource.Prices.Count; i++)
        {
            ValidatePrice(errors, $"prices[{i}]", resource.Prices[i], resource.Capabilities, taxonomy);
        }

        ValidateIdleWindows(errors, resource.IdleWindows);
        return errors.ToDictionary();
    }

    private static void ValidateCapability(FieldErrors errors, string path, Capability capability, CapabilityTaxonomy taxonomy)
    {
        if (string.IsNullOrWhiteSpace(capability.ProcessCode))
        {
            errors.Add($"{path}.processCode", "Process is required; choose one from the capability taxonomy (e.g. machining.milling.5axis).");
        }
        else if (!taxonomy.Contains(capability.ProcessCode))
        {
            errors.Add($"{path}.processCode", $"Unknown process code '{capability.ProcessCode}'; choose one from the capability taxonomy (e.g. machining.milling.5axis).");
        }

        Envelope(errors, $"{path}.envelopeXMm", "Envelope X", capability.EnvelopeXMm);
        Envelope(errors, $"{path}.envelopeYMm", "Envelope Y", capability.EnvelopeYMm);
        Envelope(errors, $"{path}.envelopeZMm", "Envelope Z", capability.EnvelopeZMm);

        if (capability.ToleranceMm is { } tolerance && (tolerance <= 0 || tolerance > MaxToleranceMm))
        {
            errors.Add($"{path}.toleranceMm", Invariant($"Tolerance must be greater than 0 mm and at most {MaxToleranceMm} mm; got {tolerance}."));
        }

        if (capability.MaxWeightKg is { } weight && weight <= 0)
        {
            errors.Add($"{path}.maxWeightKg", Invariant($"Maximum weight must be greater than 0 kg; got {weight}."));
        }

        if (capability.MinBatch is { } min && min < 1)
        {
            errors.Add($"{path}.minBatch", Invariant($"Minimum batch must be at least 1 piece; got {min}."));
        }

        if (capability.MaxBatch is { } max && max < 1)
        {
            errors.Add($"{path}.maxBatch", Invariant($"Maximum batch must be at least 1 piece; got {max}."));
        }
        else if (capability is { MinBatch: { } lower and >= 1, MaxBatch: { } upper } && upper < lower)
        {
            errors.Add($"{path}.maxBatch", Invariant($"Maximum batch ({upper}) must not be less than the minimum batch ({lower})."));
        }

        NonNegative(errors, $"{path}.unitTimeMin", "Unit time", "min", capability.UnitTimeMin);
        NonNegative(errors, $"{path}.setupTimeMin", "Set-up time", "min", capability.SetupTimeMin);

        for (var m = 0; m < capability.Materials.Count; m++)
        {
            var material = capability.Materials[m];
            if (string.IsNullOrWhiteSpace(material))
            {
                errors.Add($"{path}.materials[{m}]", "Material names must not be empty.");
            }
            else if (material.Length > MaxMaterialLength)
            {
                errors.Add($"{path}.materials[{m}]", $"Material names must be at most {MaxMaterialLength} characters; this one has {material.Length}.");
            }
        }
    }

    private static void ValidatePrice(FieldErrors errors, string path, PriceTerm price, List<Capability> capabilities, CapabilityTaxonomy taxonomy)
    {
        if (!DefinedEnum(errors, $"{path}.model", "pricing model", price.Model))
        {
            return;
        }

        if (price.Model == PricingModel.ValueShare)
        {
            if (price.Rate <= 0 || price.Rate > MaxValueSharePercent)
            {
                errors.Add($"{path}.rate", Invariant($"A value share must be greater than 0 % and at most {MaxValueSharePercent} % of the declared value; got {price.Rate}."));
            }
        }
        else if (price.Rate <= 0)
        {
            var unit = price.Model == PricingModel.PerHour ? "yuan per hour" : "yuan per piece";
            errors.Add($"{path}.rate", Invariant($"Rate must be greater than 0 {unit}; got {price.Rate}."));
        }

        NonNegative(errors, $"{path}.setupCharge", "Set-up charge", "yuan", price.SetupCharge);

        if (string.IsNullOrEmpty(price.Currency) || price.Currency.Length != 3 || !price.Currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add($"{path}.currency", $"Currency must be a three-letter upper-case ISO 4217 code such as CNY; got '{price.Currency}'.");
        }
        else if (!SupportedCurrencies.Contains(price.Currency))
        {
            errors.Add($"{path}.currency", $"Prices must be in {string.Join(", ", SupportedCurrencies)}; '{price.Currency}' is not settled on this platform.");
        }

        if (price.ProcessCode is { } code)
        {
            if (!taxonomy.Contains(code))
            {
                errors.Add($"{path}.processCode", $"Unknown process code '{code}'; leave it empty to price every capability of the resource.");
            }
            else if (!capabilities.Any(c => CapabilityTaxonomy.IsSameOrDescendant(c.ProcessCode, code) || CapabilityTaxonomy.IsSameOrDescendant(code, c.ProcessCode)))
            {
                errors.Add($"{path}.processCode", $"This price is for '{code}', which none of the resource's capabilities covers; add the capability or clear the process.");
            }
        }
    }

    private static void ValidateIdleWindows(FieldErrors errors, List<IdleWindow> windows)
    {
        if (windows.Count > MaxIdleWindows)
        {
            errors.Add("idleWindows", $"A resource can publish at most {MaxIdleWindows} idle windows at a time; this one has {windows.Count}.");
        }

        var wellFormed = new List<int>();
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            if (window.Note is { Length: > MaxNoteLength })
            {
                errors.Add($"idleWindows[{i}].note", $"A note may be at most {MaxNoteLength} characters; it has {window.Note.Length}.");
            }

            if (window.End <= window.Start)
            {
                errors.Add($"idleWindows[{i}].end", $"End ({Format(window.End)}) must be after start ({Format(window.Start)}).");
            }
            else if (window.End - window.Start > MaxIdleWindowLength)
            {
                errors.Add($"idleWindows[{i}].end", Invariant($"An idle window may be at most {MaxIdleWindowLength.TotalDays:0} days long; this one is {(window.End - window.Start).TotalDays:0.#} days. Publish a shorter window."));
            }
            else
            {
                wellFormed.Add(i);
            }
        }

        // Sorted by start, a window overlaps an earlier one exactly when it starts before the latest end seen so far.
        wellFormed.Sort((a, b) => windows[a].Start.CompareTo(windows[b].Start));
        var latest = -1;
        foreach (var index in wellFormed)
        {
            if (latest >= 0 && windows[index].Start < windows[latest].End)
            {
                errors.Add($"idleWindows[{index}].start", $"This window ({Format(windows[index].Start)} – {Format(windows[index].End)}) overlaps idle window {latest + 1} ({Format(windows[latest].Start)} – {Format(windows[latest].End)}); merge them or move one.");
            }

            if (latest < 0 || windows[index].End > windows[latest].End)
            {
                latest = index;
            }
        }
    }

    private static void RequiredText(FieldErrors errors, string field, string label, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{label} is required.");
        }
        else
        {
            OptionalText(errors, field, label, value, maxLength);
        }
    }

    private static void OptionalText(FieldErrors errors, string field, string label, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            errors.Add(field, $"{label} must be at most {maxLength} characters; it has {value.Length}.");
        }
    }

    private static bool DefinedEnum<T>(FieldErrors errors, string field, string label, T value)
        where T : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return true;
        }

        errors.Add(field, $"'{value}' is not a known {label}; use one of {string.Join(", ", Enum.GetNames<T>())}.");
        return false;
    }

    private static void Envelope(FieldErrors errors, string field, string label, decimal? value)
    {
        if (value is { } v && (v <= 0 || v > MaxEnvelopeMm))
        {
            errors.Add(field, Invariant($"{label} must be greater than 0 mm and at most {MaxEnvelopeMm:0} mm; got {v}. Envelopes are in millimetres."));
        }
    }

    private static void NonNegative(FieldErrors errors, string field, string label, string unit, decimal? value)
    {
        if (value is { } v && v < 0)
        {
            errors.Add(field, Invariant($"{label} must not be negative; got {v} {unit}."));
        }
    }

    private static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
