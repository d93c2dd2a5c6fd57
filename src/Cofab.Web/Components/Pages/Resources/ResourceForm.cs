using Cofab.Core.Resources;
using Cofab.Platform.Features.Resources;

namespace Cofab.Web.Components.Pages.Resources;

/// <summary>
/// The editor's working copy of a resource. Inputs bind to it freely; nothing is checked here — the use case validates
/// on save and its field errors are shown next to the inputs, so the rules live in one place.
/// </summary>
public sealed class ResourceForm
{
    public ResourceKind Kind { get; set; } = ResourceKind.Machine;
    public string Name { get; set; } = "";
    public string AssetNumber { get; set; } = "";
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
    public string? Description { get; set; }
    public Guid? CalendarId { get; set; }
    public ResourceVisibility Visibility { get; set; } = ResourceVisibility.Private;
    public DataLevel DataLevel { get; set; } = DataLevel.Internal;
    public List<CapabilityForm> Capabilities { get; } = [];
    public List<PriceTerm> Prices { get; } = [];
    public List<IdleWindowForm> IdleWindows { get; } = [];
    public Guid? Version { get; set; }

    public static ResourceForm From(ResourceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var form = new ResourceForm
        {
            Kind = view.Kind,
            Name = view.Name,
            AssetNumber = view.AssetNumber ?? "",
            Manufacturer = view.Manufacturer,
            Model = view.Model,
            Description = view.Description,
            CalendarId = view.CalendarId,
            Visibility = view.Visibility,
            DataLevel = view.DataLevel,
            Version = view.Version,
        };
        form.Capabilities.AddRange(view.Capabilities.Select(CapabilityForm.From));
        form.Prices.AddRange(view.Prices.Select(p => new PriceTerm
        {
            Model = p.Model, Rate = p.Rate, SetupCharge = p.SetupCharge, Currency = p.Currency, ProcessCode = p.ProcessCode,
        }));
        form.IdleWindows.AddRange(view.IdleWindows.Select(IdleWindowForm.From));
        return form;
    }

    public ResourceInput ToInput() => new(
        Kind, Name, AssetNumber, Manufacturer, Model, Description, CalendarId,
        Latitude: null, Longitude: null, Visibility, DataLevel,
        [.. Capabilities.Select(c => c.ToCapability())],
        [.. Prices],
        [.. IdleWindows.Select(w => w.ToIdleWindow())],
        Version);
}

/// <summary>A capability row; materials are typed as one comma-separated line, as factories write them.</summary>
public sealed class CapabilityForm
{
    private static readonly char[] MaterialSeparators = [',', '，', '、', ';', '；'];

    public string? ProcessCode { get; set; }
    public decimal? EnvelopeXMm { get; set; }
    public decimal? EnvelopeYMm { get; set; }
    public decimal? EnvelopeZMm { get; set; }
    public decimal? ToleranceMm { get; set; }
    public string MaterialsText { get; set; } = "";
    public decimal? MaxWeightKg { get; set; }
    public int? MinBatch { get; set; }
    public int? MaxBatch { get; set; }
    public decimal? UnitTimeMin { get; set; }
    public decimal? SetupTimeMin { get; set; }

    public static CapabilityForm From(Capability c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CapabilityForm
        {
            ProcessCode = c.ProcessCode, EnvelopeXMm = c.EnvelopeXMm, EnvelopeYMm = c.EnvelopeYMm, EnvelopeZMm = c.EnvelopeZMm,
            ToleranceMm = c.ToleranceMm, MaterialsText = string.Join(", ", c.Materials), MaxWeightKg = c.MaxWeightKg,
            MinBatch = c.MinBatch, MaxBatch = c.MaxBatch, UnitTimeMin = c.UnitTimeMin, SetupTimeMin = c.SetupTimeMin,
        };
    }

    public Capability ToCapability() => new()
    {
        ProcessCode = ProcessCode ?? "",
        EnvelopeXMm = EnvelopeXMm, EnvelopeYMm = EnvelopeYMm, EnvelopeZMm = EnvelopeZMm, ToleranceMm = ToleranceMm,
        Materials = [.. MaterialsText.Split(MaterialSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        MaxWeightKg = MaxWeightKg, MinBatch = MinBatch, MaxBatch = MaxBatch, UnitTimeMin = UnitTimeMin, SetupTimeMin = SetupTimeMin,
    };
}

/// <summary>
/// An idle window typed in Beijing time (UTC+8, no daylight saving): the platform's factories are in China, and a
/// browser's own zone would silently shift windows for a user travelling abroad.
/// </summary>
public sealed class IdleWindowForm
{
    public static readonly TimeSpan PlatformOffset = TimeSpan.FromHours(8);

    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    public string? Note { get; set; }

    public static IdleWindowForm From(IdleWindow w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new IdleWindowForm
        {
            Start = w.Start.ToOffset(PlatformOffset).DateTime,
            End = w.End.ToOffset(PlatformOffset).DateTime,
            Note = w.Note,
        };
    }

    // An empty date becomes the minimum value, which the rules reject with a message at the right field.
    public IdleWindow ToIdleWindow() => new()
    {
        Start = Start is { } s ? new DateTimeOffset(DateTime.SpecifyKind(s, DateTimeKind.Unspecified), PlatformOffset) : DateTimeOffset.MinValue,
        End = End is { } e ? new DateTimeOffset(DateTime.SpecifyKind(e, DateTimeKind.Unspecified), PlatformOffset) : DateTimeOffset.MinValue,
        Note = Note,
    };
}
