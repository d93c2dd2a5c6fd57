using Cofab.Core.MachineData;

namespace Cofab.Tests.MachineData;

public sealed class IdleCapacityTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(8));

    private static TimeWindow W(int fromHour, int toHour) => new(Day.AddHours(fromHour), Day.AddHours(toHour));

    [Fact]
    public void Subtract_cuts_a_busy_interval_out_of_the_middle_of_an_idle_window()
    {
        var free = IdleCapacity.Subtract([W(8, 18)], [W(10, 12)]);

        Assert.Equal([W(8, 10), W(12, 18)], free);
    }

    [Fact]
    public void Subtract_trims_busy_intervals_overlapping_either_edge_and_ignores_those_outside()
    {
        var free = IdleCapacity.Subtract([W(8, 18)], [W(6, 9), W(17, 20), W(1, 2), W(19, 22)]);

        Assert.Equal([W(9, 17)], free);
    }

    [Fact]
    public void Subtract_leaves_nothing_of_a_window_the_machine_was_busy_for_throughout()
    {
        Assert.Empty(IdleCapacity.Subtract([W(8, 10)], [W(7, 9), W(9, 11)]));
    }

    [Fact]
    public void Subtract_handles_unsorted_overlapping_busy_intervals_across_several_windows()
    {
        var free = IdleCapacity.Subtract([W(20, 23), W(8, 12)], [W(21, 22), W(9, 10), W(9, 11)]);

        Assert.Equal([W(8, 9), W(11, 12), W(20, 21), W(22, 23)], free);
    }

    [Fact]
    public void Subtract_joins_overlapping_idle_windows_and_drops_empty_ones()
    {
        var free = IdleCapacity.Subtract([W(8, 12), W(10, 14), W(15, 15)], []);

        Assert.Equal([W(8, 14)], free);
    }

    [Fact]
    public void Subtract_compares_instants_not_local_times()
    {
        // 02:00Z is 10:00 in Beijing: the busy hour falls inside the 08:00–12:00 (+08:00) window.
        var busy = new TimeWindow(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero));

        var free = IdleCapacity.Subtract([W(8, 12)], [busy]);

        Assert.Equal(3 * 60, free.Sum(w => w.Minutes));
        Assert.Equal(W(8, 10).End, free[0].End);
    }

    [Fact]
    public void MinutesWithin_counts_only_the_part_inside_the_period()
    {
        Assert.Equal(90, IdleCapacity.MinutesWithin([W(8, 10), W(11, 12)], Day.AddHours(9), Day.AddHours(11).AddMinutes(30)));
    }
}
