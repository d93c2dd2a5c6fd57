using Microsoft.AspNetCore.Identity;

namespace Cofab.Platform.Identity;

/// <summary>A person who signs in, always on behalf of one member enterprise.</summary>
public sealed class CofabUser : IdentityUser<Guid>
{
    public Guid EnterpriseId { get; set; }
    public string DisplayName { get; set; } = "";

    /// <summary>zh-CN or en; the UI follows it after sign-in.</summary>
    public string PreferredCulture { get; set; } = "zh-CN";
}
