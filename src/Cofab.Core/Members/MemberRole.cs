namespace Cofab.Core.Members;

/// <summary>The user roles of the platform; names are the identity role names.</summary>
public static class MemberRole
{
    public const string Demander = "demander";
    public const string Provider = "provider";
    public const string Operator = "operator";
    public const string Regulator = "regulator";
    public const string Certifier = "certifier";

    public static readonly IReadOnlyList<string> All = [Demander, Provider, Operator, Regulator, Certifier];

    public static EnterpriseRoles ToEnterpriseRole(string role) => role switch
    {
        Demander => EnterpriseRoles.Demander,
        Provider => EnterpriseRoles.Provider,
        Operator => EnterpriseRoles.Operator,
        Regulator => EnterpriseRoles.Regulator,
        Certifier => EnterpriseRoles.Certifier,
        _ => EnterpriseRoles.None,
    };
}
