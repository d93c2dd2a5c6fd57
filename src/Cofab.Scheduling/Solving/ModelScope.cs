using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>How much freedom an operation has in a (sub-)model.</summary>
internal enum OperationFreedom
{
    /// <summary>Any alternative, any time.</summary>
    Free,

    /// <summary>Keeps the incumbent's machine and its order relative to other kept operations on that machine, may shift in time.</summary>
    KeepMachineAndOrder,

    /// <summary>Keeps the incumbent's machine and start exactly.</summary>
    KeepTime,
}

/// <summary>What to build: which operations are free, the incumbent they are relative to, and caps on objective terms.</summary>
internal sealed class ModelScope
{
    public required long Horizon { get; init; }

    /// <summary>Per flat operation index; null = everything free (the full model).</summary>
    public OperationFreedom[]? Freedom { get; init; }

    /// <summary>The incumbent: the hint, and the reference for kept machines and orders.</summary>
    public Schedule? Incumbent { get; init; }

    /// <summary>When set, minimise only this term (lexicographic phases); otherwise the weighted sum.</summary>
    public ObjectiveKind? SingleTerm { get; init; }

    /// <summary>Upper bounds on term values (lexicographic: earlier terms may not get worse; LNS: no worse than the incumbent).</summary>
    public IReadOnlyDictionary<ObjectiveKind, long> TermCaps { get; init; } = new Dictionary<ObjectiveKind, long>();

    /// <summary>Adds the sum of job completion times as a secondary objective, which helps LNS leave makespan plateaus.</summary>
    public bool TieBreakOnCompletionTimes { get; init; }

    public OperationFreedom FreedomOf(int flat) => Freedom?[flat] ?? OperationFreedom.Free;
}
