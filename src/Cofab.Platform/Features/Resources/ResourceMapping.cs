using Cofab.Core.Geography;
using Cofab.Core.Resources;

namespace Cofab.Platform.Features.Resources;

internal static class ResourceMapping
{
    public static string SearchTextOf(Resource r) =>
        string.Join(' ', new[] { r.Name, r.Manufacturer, r.Model, r.AssetNumber }.Where(s => !string.IsNullOrWhiteSpace(s)))
            .ToLowerInvariant();

    /// <summary>Copies the input onto the entity, normalising as a person would expect (trimmed text, UTC times).</summary>
    public static void Apply(Resource resource, ResourceInput input, GeoPoint enterpriseLocation)
    {
        resource.Kind = input.Kind;
        resource.Name = input.Name?.Trim() ?? "";
        resource.AssetNumber = input.AssetNumber?.Trim() ?? "";
        resource.Manufacturer = NullIfBlank(input.Manufacturer);
        resource.Model = NullIfBlank(input.Model);
        resource.Description = NullIfBlank(input.Description);
        resource.CalendarId = input.CalendarId;
        resource.Location = input.Latitude is { } lat && input.Longitude is { } lon ? new GeoPoint(lat, lon) : enterpriseLocation;
        resource.Visibility = input.Visibility;
        resource.DataLevel = input.DataLevel;
        Replace(resource.Capabilities, (input.Capabilities ?? []).Select(c => new Capability
        {
            ProcessCode = c.ProcessCode?.Trim() ?? "",
            EnvelopeXMm = c.EnvelopeXMm,
            EnvelopeYMm = c.EnvelopeYMm,
            EnvelopeZMm = c.EnvelopeZMm,
            ToleranceMm = c.ToleranceMm,
            Materials = (c.Materials ?? []).Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            MaxWeightKg = c.MaxWeightKg,
            MinBatch = c.MinBatch,
            MaxBatch = c.MaxBatch,
            UnitTimeMin = c.UnitTimeMin,
            SetupTimeMin = c.SetupTimeMin,
        }));
        Replace(resource.Prices, (input.Prices ?? []).Select(p => new PriceTerm
        {
            Model = p.Model,
            Rate = p.Rate,
            SetupCharge = p.SetupCharge,
            Currency = string.IsNullOrWhiteSpace(p.Currency) ? "CNY" : p.Currency.Trim().ToUpperInvariant(),
            ProcessCode = NullIfBlank(p.ProcessCode),
        }));
        Replace(resource.IdleWindows, (input.IdleWindows ?? []).Select(w => new IdleWindow
        {
            Start = w.Start.ToUniversalTime(),
            End = w.End.ToUniversalTime(),
            Note = NullIfBlank(w.Note),
        }).OrderBy(w => w.Start));
    }

    public static ResourceView ToView(Resource r, string enterpriseName, bool isOwnerOrOperator) => new(
        r.Id, r.EnterpriseId, enterpriseName, r.Kind, r.Name,
        isOwnerOrOperator ? r.AssetNumber : null,
        r.Manufacturer, r.Model, r.Description, isOwnerOrOperator ? r.CalendarId : null,
        r.Location.Latitude, r.Location.Longitude, r.Visibility, r.DataLevel,
        r.Capabilities, r.Prices, r.IdleWindows, r.CreatedAt, r.UpdatedAt, r.Version);

    // Owned rows are replaced in place: EF deletes the old ones and inserts the new in the same save.
    private static void Replace<T>(List<T> target, IEnumerable<T> items)
    {
        var copy = items.ToList();
        target.Clear();
        target.AddRange(copy);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
