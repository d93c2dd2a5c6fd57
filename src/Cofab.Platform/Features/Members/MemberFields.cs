using Cofab.Core.Validation;
using Cofab.Core.Geography;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Members;

/// <summary>Checks shared by registration and profile edits.</summary>
internal static class MemberFields
{
    public static (string Name, string Address, string Industry) Check(FieldErrors errors, string? name, string? address, double latitude, double longitude, string? industry)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
            errors.Add("name", "Give the enterprise's registered name (at most 200 characters).");
        if (string.IsNullOrWhiteSpace(address) || address.Trim().Length > 300)
            errors.Add("address", "Give the enterprise's address (at most 300 characters).");
        if (string.IsNullOrWhiteSpace(industry) || industry.Trim().Length > 100)
            errors.Add("industry", "Give the enterprise's industry (at most 100 characters).");
        if (!new GeoPoint(latitude, longitude).IsValid || (latitude == 0 && longitude == 0))
            errors.Add("location", $"Latitude must be within ±90 and longitude within ±180 degrees; got {latitude}, {longitude}.");
        return (name?.Trim() ?? "", address?.Trim() ?? "", industry?.Trim() ?? "");
    }

    public static void CheckContact(FieldErrors errors, string? contactName, string? contactPhone)
    {
        if (contactName is { Length: > 100 }) errors.Add("contactName", "A contact name has at most 100 characters.");
        if (contactPhone is { Length: > 40 }) errors.Add("contactPhone", "A phone number has at most 40 characters.");
    }

    public static void CheckCertifications(FieldErrors errors, IReadOnlyList<Certification> certifications)
    {
        for (var i = 0; i < certifications.Count; i++)
        {
            var c = certifications[i];
            if (string.IsNullOrWhiteSpace(c.Standard) || c.Standard.Length > 100) errors.Add($"certifications[{i}].standard", "Name the standard, e.g. ISO 9001 (at most 100 characters).");
            if (string.IsNullOrWhiteSpace(c.Number) || c.Number.Length > 100) errors.Add($"certifications[{i}].number", "Give the certificate number (at most 100 characters).");
            if (string.IsNullOrWhiteSpace(c.Issuer) || c.Issuer.Length > 200) errors.Add($"certifications[{i}].issuer", "Name the certification body that issued it (at most 200 characters).");
        }
    }

    public static async Task CheckGroupingsAsync(AppDbContext db, FieldErrors errors, Guid? clusterId, Guid? parkId, CancellationToken ct)
    {
        if (clusterId is { } cluster && !await db.Groupings.AnyAsync(g => g.Id == cluster && g.Kind == GroupingKind.Cluster, ct))
            errors.Add("clusterId", "No industrial cluster has that id; pick one from the list of clusters.");
        if (parkId is { } park && !await db.Groupings.AnyAsync(g => g.Id == park && g.Kind == GroupingKind.Park, ct))
            errors.Add("parkId", "No park has that id; pick one from the list of parks.");
    }
}
