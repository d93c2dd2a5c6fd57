using Cofab.Core.Orders;
using Xunit;

namespace Cofab.Tests.Orders;

public sealed class DrawingAccessTests
{
    [Fact]
    public void Only_the_demander_the_operator_and_assigned_providers_may_open_a_drawing()
    {
        var demander = Guid.NewGuid();
        var provider = Guid.NewGuid();
        var none = new HashSet<Guid>();

        Assert.True(DrawingAccess.MayOpen(demander, callerIsOperator: false, demander, none));
        Assert.True(DrawingAccess.MayOpen(Guid.NewGuid(), callerIsOperator: true, demander, none));
        Assert.False(DrawingAccess.MayOpen(provider, callerIsOperator: false, demander, none));
        Assert.True(DrawingAccess.MayOpen(provider, callerIsOperator: false, demander, new HashSet<Guid> { provider }));
        Assert.True(DrawingAccess.OpeningIsRecorded(DataClassification.Important));
        Assert.False(DrawingAccess.OpeningIsRecorded(DataClassification.Internal));
    }
}
