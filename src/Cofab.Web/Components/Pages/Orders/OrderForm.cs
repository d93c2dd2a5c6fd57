using Cofab.Core.Orders;
using Cofab.Core.Quality;
using Cofab.Platform.Features.Orders;
using Cofab.Web.Components.Pages.Resources;

namespace Cofab.Web.Components.Pages.Orders;

/// <summary>
/// The editor's working copy of an order. Nothing is checked here: the use case validates on save and its field errors
/// (keyed <c>parts[0].routing[1].toleranceMm</c>) are shown next to the inputs, so the rules live in one place.
/// </summary>
public sealed class OrderForm
{
    public string Title { get; set; } = "";
    public string DeliveryAddress { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public decimal? DeclaredValue { get; set; }
    public decimal? Budget { get; set; }
    public List<PartForm> Parts { get; } = [];
    public Guid? Version { get; set; }

    public static OrderForm From(OrderView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var form = new OrderForm
        {
            Title = view.Title, DeliveryAddress = view.DeliveryAddress, Latitude = view.Latitude, Longitude = view.Longitude,
            DeclaredValue = view.DeclaredValue, Budget = view.Budget, Version = view.Version,
        };
        form.Parts.AddRange(view.Parts.Select(PartForm.From));
        return form;
    }

    public OrderInput ToInput() => new(
        Title, DeliveryAddress, Latitude, Longitude, DeclaredValue, Budget, [.. Parts.Select(p => p.ToData())], Version);
}

/// <summary>A part; the due date is a day in Beijing time, as the demander's delivery schedule states it.</summary>
public sealed class PartForm
{
    public Guid? Id { get; set; }
    public string Name { get; set; } = "";
    public int Quantity { get; set; } = 1;
    public string? Material { get; set; }
    public decimal? EnvelopeXMm { get; set; }
    public decimal? EnvelopeYMm { get; set; }
    public decimal? EnvelopeZMm { get; set; }
    public decimal? WeightKg { get; set; }
    public DateTime? DueDate { get; set; }
    public InspectionLevel InspectionLevel { get; set; } = QualityLevel.Default.InspectionLevel;
    public decimal Aql { get; set; } = QualityLevel.Default.Aql;
    public string? TemplateCode { get; set; }
    public List<StepForm> Routing { get; } = [];

    /// <summary>A new part due four weeks from today: a date the demander changes rather than one it must invent.</summary>
    public static PartForm New(DateTimeOffset now) => new()
    {
        DueDate = now.ToOffset(IdleWindowForm.PlatformOffset).Date.AddDays(28),
    };

    public static PartForm From(OrderPartData part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var form = new PartForm
        {
            Id = part.Id, Name = part.Name ?? "", Quantity = part.Quantity, Material = part.Material,
            EnvelopeXMm = part.EnvelopeXMm, EnvelopeYMm = part.EnvelopeYMm, EnvelopeZMm = part.EnvelopeZMm, WeightKg = part.WeightKg,
            DueDate = part.DueDate?.ToOffset(IdleWindowForm.PlatformOffset).Date,
            InspectionLevel = part.Quality?.InspectionLevel ?? QualityLevel.Default.InspectionLevel,
            Aql = part.Quality?.Aql ?? QualityLevel.Default.Aql,
            TemplateCode = part.TemplateCode,
        };
        form.Routing.AddRange((part.Routing ?? []).Select(StepForm.From));
        return form;
    }

    public OrderPartData ToData() => new(
        Id, Name, Quantity, Material, EnvelopeXMm, EnvelopeYMm, EnvelopeZMm, WeightKg,
        DueDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date, DateTimeKind.Unspecified), IdleWindowForm.PlatformOffset) : null,
        new QualityLevel(InspectionLevel, Aql), TemplateCode, [.. Routing.Select(s => s.ToData())]);

    /// <summary>The next free step number, keeping the 10-step spacing that leaves room to insert.</summary>
    public int NextStepNumber() => (Routing.Count == 0 ? 0 : Routing.Max(s => s.Number)) + RoutingTemplates.StepSpacing;

    /// <summary>
    /// Moves a step and renumbers the routing 10, 20, 30 … in its new order, carrying the predecessor references along,
    /// so "waits for step 20" still names the same operation after the move.
    /// </summary>
    public void Move(int index, int offset)
    {
        var target = index + offset;
        if (index < 0 || target < 0 || index >= Routing.Count || target >= Routing.Count) return;
        (Routing[index], Routing[target]) = (Routing[target], Routing[index]);
        var renumbered = Routing.Select((s, i) => (Old: s.Number, New: RoutingTemplates.StepNumber(i))).ToDictionary(p => p.Old, p => p.New);
        foreach (var step in Routing)
        {
            step.Number = renumbered[step.Number];
            step.Predecessors = step.Predecessors?.Select(p => renumbered.GetValueOrDefault(p, p)).ToList();
        }
    }

    /// <summary>Removes a step and drops it from the waits of the others.</summary>
    public void Remove(int index)
    {
        var number = Routing[index].Number;
        Routing.RemoveAt(index);
        foreach (var step in Routing) step.Predecessors?.Remove(number);
    }
}

/// <summary>
/// One operation. <see cref="Predecessors"/> null means "after the step listed before" (the API's chain default);
/// the parameters the UI does not edit (credit grade, divisions, attributes) are carried through unchanged.
/// </summary>
public sealed class StepForm
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；'];

    public int Number { get; set; }
    public string? ProcessCode { get; set; }
    public decimal? EnvelopeXMm { get; set; }
    public decimal? EnvelopeYMm { get; set; }
    public decimal? EnvelopeZMm { get; set; }
    public decimal? ToleranceMm { get; set; }
    public string? Material { get; set; }
    public decimal? WeightKg { get; set; }
    public int? Quantity { get; set; }
    public string CertificationsText { get; set; } = "";
    public List<int>? Predecessors { get; set; }
    public string? Note { get; set; }
    public string? MinCreditGrade { get; set; }
    public IReadOnlyList<string>? PreferredDivisions { get; set; }
    public IReadOnlyDictionary<string, string>? Attributes { get; set; }

    public static StepForm From(RoutingStepData step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new StepForm
        {
            Number = step.Number, ProcessCode = step.ProcessCode, EnvelopeXMm = step.EnvelopeXMm, EnvelopeYMm = step.EnvelopeYMm,
            EnvelopeZMm = step.EnvelopeZMm, ToleranceMm = step.ToleranceMm, Material = step.Material, WeightKg = step.WeightKg,
            Quantity = step.Quantity, CertificationsText = string.Join(", ", step.Certifications ?? []),
            Predecessors = step.Predecessors?.ToList(), Note = step.Note, MinCreditGrade = step.MinCreditGrade,
            PreferredDivisions = step.PreferredDivisions, Attributes = step.Attributes,
        };
    }

    public RoutingStepData ToData() => new(
        Number, ProcessCode, EnvelopeXMm, EnvelopeYMm, EnvelopeZMm, ToleranceMm, Material, WeightKg, Quantity,
        [.. CertificationsText.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        MinCreditGrade, PreferredDivisions, Attributes, Predecessors?.ToList(), Note);
}
