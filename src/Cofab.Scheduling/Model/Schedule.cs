namespace Cofab.Scheduling.Model;

/// <summary>Where and when one operation runs. Job, operation and machine are 0-based indexes into the problem.</summary>
public readonly record struct Assignment(int Job, int Operation, int Machine, long Start, long End);

/// <summary>An assignment for every operation, indexed [job][operation].</summary>
public sealed class Schedule
{
    private readonly Assignment[][] _byJob;

    public Schedule(Assignment[][] byJob) => _byJob = byJob;

    public Assignment this[int job, int operation] => _byJob[job][operation];

    public IEnumerable<Assignment> All => _byJob.SelectMany(a => a);

    public int JobCount => _byJob.Length;

    public int OperationCount(int job) => _byJob[job].Length;

    public long Makespan => _byJob.Length == 0 ? 0 : _byJob.Max(ops => ops.Length == 0 ? 0 : ops.Max(a => a.End));

    public long CompletionOf(int job) => _byJob[job].Length == 0 ? 0 : _byJob[job].Max(a => a.End);
}
