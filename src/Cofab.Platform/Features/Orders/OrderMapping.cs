using Cofab.Core.Geography;
using Cofab.Core.Orders;

namespace Cofab.Platform.Features.Orders;

/// <summary>Between the wire shapes and the domain model.</summary>
internal static class OrderMapping
{
    public static void Apply(Order order, OrderInput input, Cofab.Core.Members.Enterprise demander)
    {
        order.Title = input.Title?.Trim() ?? "";
        order.DeliveryAddress = string.IsNullOrWhiteSpace(input.DeliveryAddress) ? demander.Address : input.DeliveryAddress.Trim();
        order.DeliveryLocation = input.Latitude is { } latitude && input.Longitude is { } longitude
            ? new GeoPoint(latitude, longitude)
            : input.Latitude is null && input.Longitude is null ? demander.Location : new GeoPoint(double.NaN, double.NaN);
        order.DeclaredValue = input.DeclaredValue;
        order.Budget = input.Budget;
        var existing = order.Parts.Where(p => p.Id != Guid.Empty).Select(p => p.Id).ToHashSet();
        order.Parts = [.. (input.Parts ?? []).Select(p => ToPart(p, keepId: p.Id is { } id && existing.Contains(id)))];
    }

    public static OrderPart ToPart(OrderPartData data, bool keepId)
    {
        var part = new OrderPart
        {
            Id = keepId ? data.Id!.Value : Guid.CreateVersion7(),
            Name = data.Name?.Trim() ?? "",
            Quantity = data.Quantity,
            Material = string.IsNullOrWhiteSpace(data.Material) ? null : data.Material.Trim(),
            EnvelopeXMm = data.EnvelopeXMm,
            EnvelopeYMm = data.EnvelopeYMm,
            EnvelopeZMm = data.EnvelopeZMm,
            WeightKg = data.WeightKg,
            DueDate = data.DueDate ?? DateTimeOffset.MinValue,
            Quality = data.Quality ?? Cofab.Core.Orders.QualityLevel.Default,
            TemplateCode = string.IsNullOrWhiteSpace(data.TemplateCode) ? null : data.TemplateCode.Trim(),
        };
        var steps = data.Routing ?? [];
        for (var i = 0; i < steps.Count; i++)
        {
            part.Routing.Add(ToStep(steps[i], part.Quantity, i == 0 ? null : steps[i - 1].Number));
        }

        return part;
    }

    private static RoutingStep ToStep(RoutingStepData data, int partQuantity, int? previousNumber) => new()
    {
        Number = data.Number,
        Predecessors = data.Predecessors is { } explicitPredecessors ? [.. explicitPredecessors] : previousNumber is { } previous ? [previous] : [],
        Note = string.IsNullOrWhiteSpace(data.Note) ? null : data.Note.Trim(),
        Requirement = new OperationRequirement
        {
            ProcessCode = data.ProcessCode?.Trim() ?? "",
            EnvelopeXMm = data.EnvelopeXMm,
            EnvelopeYMm = data.EnvelopeYMm,
            EnvelopeZMm = data.EnvelopeZMm,
            ToleranceMm = data.ToleranceMm,
            Material = string.IsNullOrWhiteSpace(data.Material) ? null : data.Material.Trim(),
            WeightKg = data.WeightKg,
            Quantity = data.Quantity ?? partQuantity,
            Certifications = [.. (data.Certifications ?? []).Select(c => c.Trim())],
            MinCreditGrade = string.IsNullOrWhiteSpace(data.MinCreditGrade) ? null : data.MinCreditGrade.Trim().ToUpperInvariant(),
            PreferredDivisions = [.. (data.PreferredDivisions ?? []).Select(d => d.Trim())],
            Attributes = new Dictionary<string, string>(data.Attributes ?? new Dictionary<string, string>(), StringComparer.Ordinal),
        },
    };

    public static OrderPartData ToData(OrderPart part) => new(
        part.Id, part.Name, part.Quantity, part.Material, part.EnvelopeXMm, part.EnvelopeYMm, part.EnvelopeZMm, part.WeightKg,
        part.DueDate, part.Quality, part.TemplateCode, [.. part.Routing.Select(ToData)]);

    public static RoutingStepData ToData(RoutingStep step)
    {
        var r = step.Requirement;
        return new RoutingStepData(
            step.Number, r.ProcessCode, r.EnvelopeXMm, r.EnvelopeYMm, r.EnvelopeZMm, r.ToleranceMm, r.Material, r.WeightKg, r.Quantity,
            r.Certifications, r.MinCreditGrade, r.PreferredDivisions, r.Attributes, step.Predecessors, step.Note);
    }

    public static OrderView ToView(Order order, IEnumerable<OrderDrawing> drawings) => new(
        order.Id, order.DemanderEnterpriseId, order.Title, order.DeliveryAddress, order.DeliveryLocation.Latitude, order.DeliveryLocation.Longitude,
        order.Status, order.DeclaredValue, order.Budget, [.. order.Parts.Select(ToData)],
        [.. drawings.OrderBy(d => d.UploadedAt).Select(ToView)],
        order.CreatedAt, order.UpdatedAt, order.SubmittedAt, order.WithdrawnAt, order.WithdrawalReason, order.Version);

    public static DrawingView ToView(OrderDrawing d) => new(d.Id, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.Classification, d.UploadedAt);
}
