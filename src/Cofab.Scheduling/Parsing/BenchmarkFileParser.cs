using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Parsing;

/// <summary>
/// Reads the two classical benchmark formats. ".fjs": header "jobs machines [avg]" (the third token is informational and
/// ignored), then per job "#ops" and per op "k" followed by k pairs "machine time", machines 1-based. ".jss" (OR-Library):
/// header "jobs machines", then per job #machines pairs "machine time", machines 0-based.
/// </summary>
public static class BenchmarkFileParser
{
    public static ParseResult<SchedulingProblem> ParseFjs(string text, string name) => Parse(text, name, flexible: true);

    public static ParseResult<SchedulingProblem> ParseJss(string text, string name) => Parse(text, name, flexible: false);

    private static ParseResult<SchedulingProblem> Parse(string text, string name, bool flexible)
    {
        var lines = TokenLine.NonEmptyLines(text);
        if (lines.Count == 0)
        {
            return ParseResult<SchedulingProblem>.Fail("the file is empty", 1);
        }

        var header = lines[0];
        var jobCount = header.Next("the number of jobs", out var error);
        var machineCount = error is null ? header.Next("the number of machines", out error) : null;
        if (error is not null || jobCount is null || machineCount is null)
        {
            return ParseResult<SchedulingProblem>.Fail(error!, header.Number);
        }

        if (jobCount <= 0 || machineCount <= 0)
        {
            return ParseResult<SchedulingProblem>.Fail($"the header needs positive job and machine counts, found {jobCount} and {machineCount}", header.Number);
        }

        if (lines.Count - 1 < jobCount)
        {
            var last = lines[^1].Number;
            return ParseResult<SchedulingProblem>.Fail($"the header announces {jobCount} jobs but only {lines.Count - 1} job lines follow", last + 1);
        }

        if (lines.Count - 1 > jobCount)
        {
            return ParseResult<SchedulingProblem>.Fail($"unexpected line after the {jobCount} announced jobs", lines[(int)jobCount + 1].Number);
        }

        var jobs = new List<IReadOnlyList<IReadOnlyList<Alternative>>>();
        for (var j = 1; j <= jobCount; j++)
        {
            var line = lines[j];
            var ops = flexible ? ReadFlexibleJob(line, (int)machineCount, out error) : ReadClassicalJob(line, (int)machineCount, out error);
            if (ops is null)
            {
                return ParseResult<SchedulingProblem>.Fail(error!, line.Number);
            }

            jobs.Add(ops);
        }

        return ParseResult<SchedulingProblem>.Ok(SchedulingProblem.FlexibleJobShop(name, (int)machineCount, flexible ? 1 : 0, jobs));
    }

    private static List<IReadOnlyList<Alternative>>? ReadFlexibleJob(TokenLine line, int machineCount, out string? error)
    {
        var opCount = line.Next("the number of operations", out error);
        if (opCount is null)
        {
            return null;
        }

        if (opCount < 0)
        {
            error = $"negative operation count {opCount}";
            return null;
        }

        var ops = new List<IReadOnlyList<Alternative>>();
        for (var o = 1; o <= opCount; o++)
        {
            var k = line.Next($"the number of machines of operation {o}", out error);
            if (k is null)
            {
                return null;
            }

            if (k <= 0)
            {
                error = $"operation {o} lists {k} machines; it needs at least one";
                return null;
            }

            var alts = new List<Alternative>();
            for (var a = 0; a < k; a++)
            {
                var alt = ReadPair(line, machineCount, firstMachine: 1, $"operation {o}", out error);
                if (alt is null)
                {
                    return null;
                }

                if (alts.Any(x => x.Machine == alt.Machine))
                {
                    error = $"operation {o} lists machine {alt.Machine + 1} twice";
                    return null;
                }

                alts.Add(alt);
            }

            ops.Add(alts);
        }

        return EndOfLine(line, ops, out error);
    }

    private static List<IReadOnlyList<Alternative>>? ReadClassicalJob(TokenLine line, int machineCount, out string? error)
    {
        error = null;
        if (line.Count != 2 * machineCount)
        {
            error = $"expected {machineCount} (machine, time) pairs = {2 * machineCount} tokens, found {line.Count}";
            return null;
        }

        var ops = new List<IReadOnlyList<Alternative>>();
        for (var o = 1; o <= machineCount; o++)
        {
            var alt = ReadPair(line, machineCount, firstMachine: 0, $"operation {o}", out error);
            if (alt is null)
            {
                return null;
            }

            ops.Add([alt]);
        }

        return EndOfLine(line, ops, out error);
    }

    private static Alternative? ReadPair(TokenLine line, int machineCount, int firstMachine, string what, out string? error)
    {
        var machine = line.Next($"a machine of {what}", out error);
        if (machine is null)
        {
            return null;
        }

        var time = line.Next($"the processing time of {what} on machine {machine}", out error);
        if (time is null)
        {
            return null;
        }

        if (machine < firstMachine || machine >= machineCount + firstMachine)
        {
            error = $"{what} uses machine {machine}, outside {firstMachine}..{machineCount - 1 + firstMachine}";
            return null;
        }

        if (time < 0)
        {
            error = $"{what} has negative processing time {time} on machine {machine}";
            return null;
        }

        return new Alternative((int)machine - firstMachine, time.Value);
    }

    private static List<IReadOnlyList<Alternative>>? EndOfLine(TokenLine line, List<IReadOnlyList<Alternative>> ops, out string? error)
    {
        error = line.AtEnd ? null : $"{line.Remaining} unexpected tokens after the last operation";
        return line.AtEnd ? ops : null;
    }
}
