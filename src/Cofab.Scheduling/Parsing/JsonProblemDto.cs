namespace Cofab.Scheduling.Parsing;

// The documented JSON problem format (docs/scheduling.md). Plain data classes so the file maps one-to-one to them.

public sealed class ProblemDto
{
    public string? Name { get; set; }
    public string? TimeUnit { get; set; }
    public List<FactoryDto>? Factories { get; set; }
    public TransportDto? Transport { get; set; }
    public List<MachineDto>? Machines { get; set; }
    public List<JobDto>? Jobs { get; set; }
    public ObjectiveDto? Objective { get; set; }
}

public sealed class FactoryDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}

/// <summary>Square matrices indexed in the order of the factories list.</summary>
public sealed class TransportDto
{
    public List<List<long>>? Time { get; set; }
    public List<List<long>>? Cost { get; set; }
}

public sealed class MachineDto
{
    public int Id { get; set; }
    public string? Name { get; set; }
    public string? Factory { get; set; }
    public long CostPerTimeUnit { get; set; }
    public List<WindowDto>? Unavailable { get; set; }
}

public sealed class WindowDto
{
    public long Start { get; set; }
    public long End { get; set; }
}

public sealed class JobDto
{
    public string? Name { get; set; }
    public long Release { get; set; }
    public long? Due { get; set; }
    public long Weight { get; set; } = 1;
    public List<OperationDto>? Operations { get; set; }
}

public sealed class OperationDto
{
    public string? Name { get; set; }
    public List<AlternativeDto>? Alternatives { get; set; }

    /// <summary>1-based numbers of operations of the same job. Absent: the previous operation (a chain).</summary>
    public List<int>? Predecessors { get; set; }

    public FrozenDto? Frozen { get; set; }
}

public sealed class AlternativeDto
{
    public int Machine { get; set; }
    public long Duration { get; set; }
    public long Setup { get; set; }
}

public sealed class FrozenDto
{
    public int Machine { get; set; }
    public long Start { get; set; }
}

public sealed class ObjectiveDto
{
    public List<ObjectiveTermDto>? Terms { get; set; }
    public bool Lexicographic { get; set; }
}

public sealed class ObjectiveTermDto
{
    public string? Kind { get; set; }
    public long Weight { get; set; } = 1;
}
