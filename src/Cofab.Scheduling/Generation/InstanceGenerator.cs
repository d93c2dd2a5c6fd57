using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Generation;

public sealed record GeneratorSettings(int Factories, int Machines, int Jobs, int OperationsPerJob, int Seed)
{
    /// <summary>Alternative machines per operation (at most; fewer when a process type has fewer machines).</summary>
    public int AlternativesPerOperation { get; init; } = 3;
}

/// <summary>
/// Builds realistic-looking multi-factory instances, deterministically from the seed: factories scattered over a
/// 400 km square with road transport times and costs from their distances, machines of a few process types, two-shift
/// factories closed at night and a maintenance stop per machine, jobs with releases, due dates and weights, some of
/// them assemblies (two branches joining). Time unit: minutes.
/// </summary>
public static class InstanceGenerator
{
    private const int Day = 24 * 60;

    public static SchedulingProblem Generate(GeneratorSettings s)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(s.Factories, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(s.Machines, s.Factories);
        ArgumentOutOfRangeException.ThrowIfLessThan(s.OperationsPerJob, 1);
        var random = new Random(s.Seed);
        var (factories, time, cost) = Factories(s, random);
        var typeCount = Math.Max(2, Math.Min(s.Machines / 2, Math.Max(5, s.Machines / 25)));
        var machineTypes = new int[s.Machines];
        var machinesOfType = Enumerable.Range(0, typeCount).Select(_ => new List<int>()).ToArray();
        var twoShift = factories.Select(_ => random.NextDouble() < 0.5).ToArray();
        // Horizon estimate for calendars: total work spread over all machines, with slack for nights and transport.
        var days = Math.Max(3, (int)Math.Ceiling(s.Jobs * s.OperationsPerJob * 65.0 / s.Machines / Day * 3) + 3);
        var machines = new List<Machine>();
        for (var m = 0; m < s.Machines; m++)
        {
            // Every factory gets at least one machine, the rest are spread at random.
            var factory = m < s.Factories ? m : random.Next(s.Factories);
            var type = m < typeCount * 2 ? m % typeCount : random.Next(typeCount);
            machineTypes[m] = type;
            machinesOfType[type].Add(m);
            machines.Add(new Machine(m + 1, $"{factories[factory].Id}-M{m + 1}", factory, 1 + random.Next(5))
            {
                Unavailable = Calendar(random, twoShift[factory], days),
            });
        }

        var jobs = new List<Job>();
        for (var j = 0; j < s.Jobs; j++)
        {
            jobs.Add(Job(s, random, j, typeCount, machinesOfType, AverageOf(time)));
        }

        return new SchedulingProblem(
            $"gen-F{s.Factories}-M{s.Machines}-J{s.Jobs}-K{s.OperationsPerJob}-s{s.Seed}",
            factories,
            machines,
            jobs,
            new ObjectiveSpec([new ObjectiveTerm(ObjectiveKind.WeightedTardiness), new ObjectiveTerm(ObjectiveKind.Makespan)]),
            time,
            cost);
    }

    private static (List<Factory>, long[,], long[,]) Factories(GeneratorSettings s, Random random)
    {
        var factories = new List<Factory>();
        var xs = new double[s.Factories];
        var ys = new double[s.Factories];
        for (var f = 0; f < s.Factories; f++)
        {
            // Industrial parks cluster: half the factories sit near one of a few centres.
            var clustered = f > 2 && random.NextDouble() < 0.5;
            var centre = clustered ? random.Next(Math.Min(f, 3)) : -1;
            xs[f] = clustered ? xs[centre] + (random.NextDouble() * 30) - 15 : random.NextDouble() * 400;
            ys[f] = clustered ? ys[centre] + (random.NextDouble() * 30) - 15 : random.NextDouble() * 400;
            factories.Add(new Factory($"F{f + 1}", $"Factory {f + 1}"));
        }

        var time = new long[s.Factories, s.Factories];
        var cost = new long[s.Factories, s.Factories];
        for (var a = 0; a < s.Factories; a++)
        {
            for (var b = 0; b < s.Factories; b++)
            {
                if (a == b)
                {
                    continue;
                }

                // Road distance ≈ 1.3 × straight line; 50 km/h average plus 30 minutes of loading and unloading.
                var km = 1.3 * Math.Sqrt(Math.Pow(xs[a] - xs[b], 2) + Math.Pow(ys[a] - ys[b], 2));
                time[a, b] = 30 + (long)Math.Round(km * 60 / 50);
                cost[a, b] = 80 + (long)Math.Round(km * 3);
            }
        }

        return (factories, time, cost);
    }

    private static double AverageOf(long[,] matrix)
    {
        var n = matrix.GetLength(0);
        return n <= 1 ? 0 : matrix.Cast<long>().Sum() / (double)(n * (n - 1));
    }

    private static List<TimeWindow> Calendar(Random random, bool twoShift, int days)
    {
        var windows = new List<TimeWindow>();
        if (twoShift)
        {
            for (var d = 0; d < days; d++)
            {
                windows.Add(new TimeWindow((d * Day) + (22 * 60), ((d + 1) * Day) + (6 * 60)));
            }
        }

        var maintenanceStart = random.Next(days * Day);
        windows.Add(new TimeWindow(maintenanceStart, maintenanceStart + 120 + random.Next(240)));
        return Parsing.JsonProblemMapper.Normalise(windows);
    }

    private static Job Job(GeneratorSettings s, Random random, int j, int typeCount, List<int>[] machinesOfType, double averageTransport)
    {
        var k = s.OperationsPerJob;
        var assembly = k >= 3 && random.NextDouble() < 0.2;
        var ops = new List<Operation>();
        long work = 0;
        for (var o = 0; o < k; o++)
        {
            var type = random.Next(typeCount);
            var pool = machinesOfType[type];
            var count = Math.Min(s.AlternativesPerOperation, pool.Count);
            var chosen = pool.OrderBy(_ => random.Next()).Take(count).ToList();
            var baseTime = 10 + random.Next(111);
            var setup = random.NextDouble() < 0.3 ? 5 + random.Next(11) : 0;
            var alts = chosen.Select(m => new Alternative(m, Math.Max(1, (long)Math.Round(baseTime * (0.8 + (0.4 * random.NextDouble())))), setup)).ToList();
            work += baseTime + setup;
            // Assemblies: the first two operations are parallel branches that join at the third.
            IReadOnlyList<int> preds = assembly && o < 2 ? [] : assembly && o == 2 ? [0, 1] : o == 0 ? [] : [o - 1];
            ops.Add(new Operation($"J{j + 1}.{o + 1}", alts, preds));
        }

        // Releases spread over the first half of the time the whole load needs, so that due dates are meetable in principle.
        var loadMinutes = s.Jobs * s.OperationsPerJob * 75.0 / s.Machines;
        var release = (long)random.Next(Math.Max(1, (int)(loadMinutes * 0.5)));
        // Due dates allow for the work, some waiting, and transport between most consecutive steps.
        var due = release + (long)(work * (1.5 + (1.5 * random.NextDouble()))) + (long)((k - 1) * averageTransport * (0.6 + (0.6 * random.NextDouble())));
        return new Job($"J{j + 1}", ops) { Release = release, Due = due, Weight = 1 + random.Next(3) };
    }
}
