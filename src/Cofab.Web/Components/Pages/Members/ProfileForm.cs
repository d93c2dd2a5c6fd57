using Cofab.Core.Members;
using Cofab.Platform.Features.Members;

namespace Cofab.Web.Components.Pages.Members;

/// <summary>The editable part of a member's profile. Credit code and division identify the legal entity and stay read-only.</summary>
public sealed class ProfileForm
{
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string Industry { get; set; } = "";
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public Guid? ClusterId { get; set; }
    public Guid? ParkId { get; set; }
    public List<CertificationForm> Certifications { get; } = [];
    public Guid Version { get; set; }

    public static ProfileForm From(MemberProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var p = profile.Public;
        var form = new ProfileForm
        {
            Name = p.Name, Address = p.Address, Latitude = p.Latitude, Longitude = p.Longitude, Industry = p.Industry,
            ContactName = profile.ContactName, ContactPhone = profile.ContactPhone, ClusterId = p.ClusterId, ParkId = p.ParkId,
            Version = profile.Version,
        };
        form.Certifications.AddRange(p.Certifications.Select(c => new CertificationForm
        {
            Standard = c.Standard, Number = c.Number, Issuer = c.Issuer, ValidUntil = c.ValidUntil.ToDateTime(TimeOnly.MinValue),
        }));
        return form;
    }

    public MemberProfileUpdate ToUpdate() => new(
        Name, Address, Latitude, Longitude, Industry, ContactName, ContactPhone, ClusterId, ParkId,
        [.. Certifications.Select(c => new Certification
        {
            Standard = c.Standard, Number = c.Number, Issuer = c.Issuer,
            ValidUntil = DateOnly.FromDateTime(c.ValidUntil ?? DateTime.Today),
        })],
        Version);
}

public sealed class CertificationForm
{
    public string Standard { get; set; } = "";
    public string Number { get; set; } = "";
    public string Issuer { get; set; } = "";
    public DateTime? ValidUntil { get; set; }
}
