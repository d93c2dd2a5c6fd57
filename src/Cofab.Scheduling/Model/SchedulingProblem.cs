namespace Cofab.Scheduling.Model;

/// <summary>A half-open time interval [Start, End) in integer time units (minutes for platform problems).</summary>
public readonly record struct TimeWindow(long Start, long End)
{
    public long Length => End - Start;

    /// <summary>Zero-length intervals overlap nothing: a zero-length operation is an instant, not machine occupancy.</summary>
    public bool Overlaps(TimeWindow other) =>
        Length > 0 && other.Length > 0 && Start < other.End && other.Start < End;
}

/// <summary>A site that owns machines. Transport between factories is given by <see cref="SchedulingProblem.TransportTime"/>.</summary>
public sealed record Factory(string Id, string Name);

/// <summary>
/// A machine. <see cref="Number"/> is the machine's number as the input file writes it (1-based in .fjs, 0-based in .jss,
/// the "id" in JSON); internally machines are addressed by their position in <see cref="SchedulingProblem.Machines"/>.
/// </summary>
public sealed record Machine(int Number, string Name, int Factory, long CostPerTimeUnit = 0)
{
    /// <summary>Unavailable intervals (nights, maintenance, existing bookings), sorted and non-overlapping after normalisation.</summary>
    public IReadOnlyList<TimeWindow> Unavailable { get; init; } = [];
}

/// <summary>One way to run an operation: on <see cref="Machine"/> (index into the problem's machines).</summary>
/// <param name="Setup">Sequence-independent setup that occupies the machine just before processing.</param>
public sealed record Alternative(int Machine, long Duration, long Setup = 0)
{
    /// <summary>How long the machine is occupied: setup then processing, without interruption.</summary>
    public long Occupancy => Setup + Duration;
}

/// <summary>An operation that has already started: it keeps its machine and start time.</summary>
public sealed record FrozenPlacement(int Machine, long Start);

/// <summary>
/// A process step. <see cref="Predecessors"/> are indexes of operations of the same job that must finish first
/// (plus transport time when they ran in another factory); a chain has the previous operation, an assembly several.
/// </summary>
public sealed record Operation(string Name, IReadOnlyList<Alternative> Alternatives, IReadOnlyList<int> Predecessors)
{
    public FrozenPlacement? Frozen { get; init; }
}

/// <summary>A part or lot of an order. Tardiness = max(0, completion − Due) × Weight.</summary>
public sealed record Job(string Name, IReadOnlyList<Operation> Operations)
{
    public long Release { get; init; }
    public long? Due { get; init; }
    public long Weight { get; init; } = 1;
}

public enum ObjectiveKind
{
    Makespan,
    WeightedTardiness,
    Cost,
}

public sealed record ObjectiveTerm(ObjectiveKind Kind, long Weight = 1);

/// <summary>
/// The objective: a weighted sum of terms, or (when <see cref="Lexicographic"/>) the terms in priority order,
/// each optimised without worsening the ones before it.
/// </summary>
public sealed record ObjectiveSpec(IReadOnlyList<ObjectiveTerm> Terms, bool Lexicographic = false)
{
    public static ObjectiveSpec Makespan { get; } = new([new ObjectiveTerm(ObjectiveKind.Makespan)]);

    public bool IsPureMakespan => Terms.Count == 1 && Terms[0].Kind == ObjectiveKind.Makespan;
}

/// <summary>A multi-factory flexible job shop problem. Build it with the constructor, then read it; it is never mutated.</summary>
public sealed class SchedulingProblem
{
    private readonly long[,] _transportTime;
    private readonly long[,] _transportCost;

    public SchedulingProblem(
        string name,
        IReadOnlyList<Factory> factories,
        IReadOnlyList<Machine> machines,
        IReadOnlyList<Job> jobs,
        ObjectiveSpec? objective = null,
        long[,]? transportTime = null,
        long[,]? transportCost = null)
    {
        Name = name;
        Factories = factories;
        Machines = machines;
        Jobs = jobs;
        Objective = objective ?? ObjectiveSpec.Makespan;
        var f = factories.Count;
        _transportTime = transportTime ?? new long[f, f];
        _transportCost = transportCost ?? new long[f, f];
        HasTransport = HasNonZero(_transportTime) || HasNonZero(_transportCost);
        OperationCount = jobs.Sum(j => j.Operations.Count);
    }

    public string Name { get; }
    public IReadOnlyList<Factory> Factories { get; }
    public IReadOnlyList<Machine> Machines { get; }
    public IReadOnlyList<Job> Jobs { get; }
    public ObjectiveSpec Objective { get; }
    public bool HasTransport { get; }
    public int OperationCount { get; }

    /// <summary>Time to move a job from the factory of machine <paramref name="fromMachine"/> to that of <paramref name="toMachine"/>.</summary>
    public long TransportTime(int fromMachine, int toMachine) =>
        _transportTime[Machines[fromMachine].Factory, Machines[toMachine].Factory];

    public long TransportCost(int fromMachine, int toMachine) =>
        _transportCost[Machines[fromMachine].Factory, Machines[toMachine].Factory];

    public long FactoryTransportTime(int fromFactory, int toFactory) => _transportTime[fromFactory, toFactory];

    public long FactoryTransportCost(int fromFactory, int toFactory) => _transportCost[fromFactory, toFactory];

    /// <summary>A single-factory job shop where every job is a chain, as the .fjs and .jss benchmark files describe.</summary>
    public static SchedulingProblem FlexibleJobShop(string name, int machineCount, int firstMachineNumber, IReadOnlyList<IReadOnlyList<IReadOnlyList<Alternative>>> jobs)
    {
        var factory = new Factory("F1", "Factory 1");
        var machines = Enumerable.Range(0, machineCount)
            .Select(m => new Machine(m + firstMachineNumber, $"M{m + firstMachineNumber}", 0))
            .ToList();
        var jobList = jobs.Select((ops, j) => new Job(
            $"J{j + 1}",
            ops.Select((alts, o) => new Operation($"J{j + 1}.{o + 1}", alts, o == 0 ? [] : [o - 1])).ToList())).ToList();
        return new SchedulingProblem(name, [factory], machines, jobList);
    }

    private static bool HasNonZero(long[,] matrix)
    {
        foreach (var v in matrix)
        {
            if (v != 0)
            {
                return true;
            }
        }

        return false;
    }
}
