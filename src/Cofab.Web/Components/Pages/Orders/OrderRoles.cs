using Cofab.Core.Members;

namespace Cofab.Web.Components.Pages.Orders;

/// <summary>Who may open the order pages: the same callers the order use cases serve.</summary>
public static class OrderRoles
{
    /// <summary>Demanders read and write their own orders; the operator and the regulator read everyone's.</summary>
    public const string Readers = MemberRole.Demander + "," + MemberRole.Operator + "," + MemberRole.Regulator;

    public const string Overseers = MemberRole.Operator + "," + MemberRole.Regulator;
}
