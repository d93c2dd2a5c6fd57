using System.Globalization;
using Cofab.Core.Quality;
using Cofab.Core.Taxonomy;
using Cofab.Core.Validation;

namespace Cofab.Core.Orders;

/// <summary>
/// The rules an order must satisfy: always for a draft's fields, and completely (parts, routings) for submission.
/// Pure: the taxonomy and the clock are passed in. Errors are keyed by JSON-style paths
/// (<c>parts[1].routing[2].processCode</c>) and say what to change.
/// </summary>
public static class OrderRules
{
    public const int MaxTitleLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxParts = 100;
    public const int MaxSteps = 50;
    public const int MaxNameLength = 200;
    public const int MaxMaterialLength = 100;
    public const int MaxNoteLength = 1000;
    public const int MaxQuantity = 10_000_000;
    public const decimal MaxEnvelopeMm = 100_000m;
    public const decimal MaxToleranceMm = 10m;

    public static IReadOnlyDictionary<string, string[]> Validate(Order order, CapabilityTaxonomy taxonomy, DateTimeOffset now, bool forSubmission)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(order.Title)) errors.Add("title", "Give the order a title the providers will recognise, e.g. \"Pump housings, batch 3\".");
        else if (order.Title.Length > MaxTitleLength) errors.Add("title", $"The title may be at most {MaxTitleLength} characters.");
        if (string.IsNullOrWhiteSpace(order.DeliveryAddress)) errors.Add("deliveryAddress", "Give the address the finished parts are delivered to.");
        else if (order.DeliveryAddress.Length > MaxAddressLength) errors.Add("deliveryAddress", $"The address may be at most {MaxAddressLength} characters.");
        if (!order.DeliveryLocation.IsValid || order.DeliveryLocation == default)
            errors.Add("deliveryLocation", "Give the delivery site's position (latitude −90…90, longitude −180…180); distances and transport are priced from it.");
        if (order.DeclaredValue is <= 0) errors.Add("declaredValue", "The declared value is in yuan and must be positive; leave it empty if you do not declare one.");
        if (order.Budget is <= 0) errors.Add("budget", "The budget is in yuan and must be positive; leave it empty for no budget.");

        if (order.Parts.Count == 0 && forSubmission) errors.Add("parts", "Add at least one part before submitting.");
        if (order.Parts.Count > MaxParts) errors.Add("parts", $"An order holds at most {MaxParts} parts; split it into several orders.");
        var partIds = new HashSet<Guid>();
        for (var i = 0; i < order.Parts.Count; i++)
        {
            var part = order.Parts[i];
            if (part.Id != Guid.Empty && !partIds.Add(part.Id)) errors.Add($"parts[{i}].id", "Two parts carry the same id; leave it empty for a new part.");
            ValidatePart(part, $"parts[{i}]", taxonomy, now, forSubmission, errors);
        }

        return errors.ToDictionary();
    }

    private static void ValidatePart(OrderPart part, string path, CapabilityTaxonomy taxonomy, DateTimeOffset now, bool forSubmission, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(part.Name)) errors.Add($"{path}.name", "Name the part, e.g. \"Housing, rev. C\".");
        else if (part.Name.Length > MaxNameLength) errors.Add($"{path}.name", $"The part name may be at most {MaxNameLength} characters.");
        if (part.Quantity is <= 0 or > MaxQuantity) errors.Add($"{path}.quantity", $"The quantity is a whole number of pieces from 1 to {MaxQuantity:N0}.");
        if (part.Material is { Length: > MaxMaterialLength }) errors.Add($"{path}.material", $"The material may be at most {MaxMaterialLength} characters.");
        CheckEnvelope(part.EnvelopeXMm, part.EnvelopeYMm, part.EnvelopeZMm, path, errors);
        if (part.WeightKg is <= 0) errors.Add($"{path}.weightKg", "The weight of one piece is in kilograms and must be positive.");
        if (part.DueDate == DateTimeOffset.MinValue) errors.Add($"{path}.dueDate", "Give the date the finished parts are due at the delivery site.");
        else if (part.DueDate <= now)
            errors.Add($"{path}.dueDate", $"The due date must be in the future (it is {part.DueDate.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, now is {now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC).");
        if (!Enum.IsDefined(part.Quality.InspectionLevel)) errors.Add($"{path}.quality.inspectionLevel", "Choose an ISO 2859-1 inspection level: S1–S4, I, II or III.");
        if (!SingleSampling.AqlSeries.Contains(part.Quality.Aql))
            errors.Add($"{path}.quality.aql", $"The AQL must be one of the ISO 2859-1 preferred values, e.g. 0.65, 1.0, 2.5 (got {part.Quality.Aql.ToString(CultureInfo.InvariantCulture)}).");

        if (part.Routing.Count == 0 && forSubmission)
            errors.Add($"{path}.routing", "Give the part a routing: start from a routing template or add the operations one by one.");
        if (part.Routing.Count > MaxSteps) errors.Add($"{path}.routing", $"A routing holds at most {MaxSteps} operations.");
        for (var j = 0; j < part.Routing.Count; j++)
        {
            ValidateStep(part.Routing[j], $"{path}.routing[{j}]", taxonomy, errors);
        }

        foreach (var (index, message) in RoutingGraph.Check(part.Routing))
        {
            errors.Add($"{path}.routing[{index}].predecessors", message);
        }
    }

    private static void ValidateStep(RoutingStep step, string path, CapabilityTaxonomy taxonomy, FieldErrors errors)
    {
        var requirement = step.Requirement;
        if (step.Number <= 0) errors.Add($"{path}.number", "Step numbers are positive whole numbers (10, 20, 30 … leaves room to insert).");
        if (step.Note is { Length: > MaxNoteLength }) errors.Add($"{path}.note", $"The note may be at most {MaxNoteLength} characters.");
        var node = taxonomy.Find(requirement.ProcessCode);
        if (string.IsNullOrWhiteSpace(requirement.ProcessCode))
            errors.Add($"{path}.processCode", "Choose the process this operation needs from the capability taxonomy, e.g. machining.milling.5axis.");
        else if (node is null)
            errors.Add($"{path}.processCode", $"There is no process '{requirement.ProcessCode}' in the capability taxonomy; choose one it lists (GET /api/v1/taxonomy).");

        CheckEnvelope(requirement.EnvelopeXMm, requirement.EnvelopeYMm, requirement.EnvelopeZMm, path, errors);
        if (requirement.ToleranceMm is { } tolerance && tolerance is <= 0 or > MaxToleranceMm)
            errors.Add($"{path}.toleranceMm", $"The tolerance is ± millimetres, greater than 0 and at most {MaxToleranceMm} (e.g. 0.02).");
        if (requirement.WeightKg is <= 0) errors.Add($"{path}.weightKg", "The weight of one piece is in kilograms and must be positive.");
        if (requirement.Quantity <= 0) errors.Add($"{path}.quantity", "The quantity of an operation must be at least 1.");
        if (requirement.Material is { Length: > MaxMaterialLength }) errors.Add($"{path}.material", $"The material may be at most {MaxMaterialLength} characters.");
        if (requirement.MinCreditGrade is { } grade && grade is not ("A" or "B" or "C" or "D"))
            errors.Add($"{path}.minCreditGrade", "The minimum credit grade is A, B, C or D; leave it empty to accept any provider.");
        if (requirement.Certifications.Any(string.IsNullOrWhiteSpace)) errors.Add($"{path}.certifications", "Remove the empty certification entry.");
        if (requirement.PreferredDivisions.Any(d => d.Length is 0 or > 6 || !d.All(char.IsAsciiDigit)))
            errors.Add($"{path}.preferredDivisions", "Preferred divisions are GB/T 2260 code prefixes of 2 to 6 digits, e.g. 3302 for Ningbo.");
        if (node is not null) CheckParametersApply(node, requirement, path, errors);
    }

    /// <summary>
    /// A demand the process cannot express never matches any capability: a tolerance on sewing would exclude every
    /// garment maker. Say so now rather than return no candidates later.
    /// </summary>
    private static void CheckParametersApply(ProcessNode node, OperationRequirement requirement, string path, FieldErrors errors)
    {
        var name = $"{node.NameEn} ({node.Code})";
        if (requirement.ToleranceMm is not null && !node.Parameters.HasFlag(CapabilityParameters.Tolerance))
            errors.Add($"{path}.toleranceMm", $"{name} takes no tolerance; leave it empty.");
        if ((requirement.EnvelopeXMm ?? requirement.EnvelopeYMm ?? requirement.EnvelopeZMm) is not null && !node.Parameters.HasFlag(CapabilityParameters.Envelope))
            errors.Add($"{path}.envelopeXMm", $"{name} takes no envelope; leave the sizes empty.");
        if (!string.IsNullOrEmpty(requirement.Material) && !node.Parameters.HasFlag(CapabilityParameters.Materials))
            errors.Add($"{path}.material", $"{name} takes no material; leave it empty.");
        if (requirement.WeightKg is not null && !node.Parameters.HasFlag(CapabilityParameters.MaxWeight))
            errors.Add($"{path}.weightKg", $"{name} takes no weight; leave it empty.");
    }

    private static void CheckEnvelope(decimal? x, decimal? y, decimal? z, string path, FieldErrors errors)
    {
        foreach (var (value, field) in new[] { (x, "envelopeXMm"), (y, "envelopeYMm"), (z, "envelopeZMm") })
        {
            if (value is { } size && size is <= 0 or > MaxEnvelopeMm)
                errors.Add($"{path}.{field}", $"Sizes are millimetres, greater than 0 and at most {MaxEnvelopeMm:N0}.");
        }

        var given = new[] { x, y, z }.Count(v => v is not null);
        if (given is 1 or 2) errors.Add($"{path}.envelopeXMm", "Give all three sizes of the envelope (X, Y, Z) or none.");
    }
}
