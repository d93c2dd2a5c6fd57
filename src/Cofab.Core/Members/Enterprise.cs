using Cofab.Core.Geography;

namespace Cofab.Core.Members;

/// <summary>A member enterprise: a factory, lab, service firm, demander, or the operator and regulator themselves.</summary>
public sealed class Enterprise
{
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>统一社会信用代码, 18 characters, check character per GB 32100-2015.</summary>
    public required string CreditCode { get; set; }

    /// <summary>行政区划代码 (GB/T 2260), 6 digits.</summary>
    public required string DivisionCode { get; set; }

    public required string Address { get; set; }
    public GeoPoint Location { get; set; }
    public required string Industry { get; set; }
    public EnterpriseRoles Roles { get; set; }
    public MembershipStatus Status { get; set; }
    public Guid? ClusterId { get; set; }
    public Guid? ParkId { get; set; }

    /// <summary>Private: visible to the enterprise itself and the operator only.</summary>
    public string? ContactName { get; set; }

    /// <summary>Private: visible to the enterprise itself and the operator only.</summary>
    public string? ContactPhone { get; set; }

    public List<Certification> Certifications { get; set; } = [];
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every update.</summary>
    public Guid Version { get; set; }
}

[Flags]
public enum EnterpriseRoles
{
    None = 0,
    Demander = 1,
    Provider = 2,
    Operator = 4,
    Regulator = 8,
    Certifier = 16,
}

public enum MembershipStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Suspended = 3,
}

/// <summary>A certification held by an enterprise (e.g. ISO 9001, IATF 16949), as recorded by the member or a certifier.</summary>
public sealed class Certification
{
    public required string Standard { get; set; }
    public required string Number { get; set; }
    public required string Issuer { get; set; }
    public DateOnly ValidUntil { get; set; }
}
