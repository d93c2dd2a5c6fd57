using Cofab.Core.Execution;
using Cofab.Core.Quotes;

namespace Cofab.Tests.Execution;

public sealed class TransportPlanTests
{
    private static readonly DateTimeOffset Day = new(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Housing = Guid.NewGuid();
    private static readonly Guid Cover = Guid.NewGuid();
    private static readonly Guid Demander = Guid.NewGuid();
    private static readonly (Guid Work, Guid Provider) Mill = (Guid.NewGuid(), Guid.NewGuid());
    private static readonly (Guid Work, Guid Provider) Anodize = (Guid.NewGuid(), Guid.NewGuid());

    private static RoutedOperation Op((Guid Work, Guid Provider) at, Guid part, int step, int startHour, int hours) =>
        new(at.Work, at.Provider, new ScheduledOperation(part, part == Housing ? "Pump housing" : "Cover", step, "process", 60, Guid.NewGuid(), "machine",
            at.Provider, Day.AddHours(startHour), Day.AddHours(startHour + hours), 100m));

    private static readonly Dictionary<Guid, DateTimeOffset> DueDates = new() { [Housing] = Day.AddDays(20), [Cover] = Day.AddDays(21) };

    [Fact]
    public void A_part_goes_to_the_provider_of_its_next_step_arriving_when_that_step_starts()
    {
        RoutedOperation[] operations = [Op(Mill, Housing, 10, 0, 5), Op(Anodize, Housing, 20, 30, 4)];

        var legs = TransportPlan.Legs(Mill.Work, operations, DueDates, Demander);

        var leg = Assert.Single(legs);
        Assert.Equal(Anodize.Provider, leg.ToEnterpriseId);
        Assert.Equal(Anodize.Work, leg.ToWorkOrderId);
        Assert.Equal(Day.AddHours(5), leg.PlannedDeparture);
        Assert.Equal(Day.AddHours(30), leg.PlannedArrival);
        Assert.Equal(["Pump housing"], leg.Parts);
    }

    [Fact]
    public void A_part_with_no_later_step_goes_to_the_demander_by_its_due_date_and_parts_split_by_destination()
    {
        RoutedOperation[] operations = [Op(Mill, Housing, 10, 0, 5), Op(Mill, Cover, 10, 5, 3), Op(Anodize, Housing, 20, 30, 4)];

        var legs = TransportPlan.Legs(Mill.Work, operations, DueDates, Demander);

        Assert.Equal(2, legs.Count);
        var toDemander = Assert.Single(legs, l => l.ToEnterpriseId == Demander);
        Assert.Null(toDemander.ToWorkOrderId);
        Assert.Equal(["Cover"], toDemander.Parts);
        Assert.Equal(DueDates[Cover], toDemander.PlannedArrival);
        Assert.Equal(Day.AddHours(8), toDemander.PlannedDeparture);
        Assert.Equal(Anodize.Provider, Assert.Single(legs, l => l.ToEnterpriseId != Demander).ToEnterpriseId);
    }

    [Fact]
    public void The_last_work_order_of_a_routing_ships_everything_to_the_demander()
    {
        RoutedOperation[] operations = [Op(Mill, Housing, 10, 0, 5), Op(Anodize, Housing, 20, 30, 4)];

        var leg = Assert.Single(TransportPlan.Legs(Anodize.Work, operations, DueDates, Demander));

        Assert.Equal(Demander, leg.ToEnterpriseId);
        Assert.Equal(Day.AddHours(34), leg.PlannedDeparture);
    }
}
