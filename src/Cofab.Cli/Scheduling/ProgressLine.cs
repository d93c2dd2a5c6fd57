using System.Globalization;
using Cofab.Scheduling.Solving;

namespace Cofab.Cli.Scheduling;

/// <summary>
/// Shows solver progress on stderr: one line rewritten in place on a terminal, one line per event otherwise (so that a
/// redirected log keeps the whole improvement curve).
/// </summary>
internal sealed class ProgressLine
{
    private readonly Lock _gate = new();
    private readonly bool _inPlace = !Console.IsErrorRedirected;
    private bool _dirty;

    public void Report(SolverProgress p)
    {
        var gap = p.Objective > 0 ? 100.0 * (p.Objective - p.LowerBound) / p.Objective : 0;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"[{p.Elapsed.TotalSeconds,7:0.00}s] best {p.Objective,10}  bound {p.LowerBound,10}  gap {gap,6:0.00}%  ({p.Phase})");
        lock (_gate)
        {
            if (_inPlace)
            {
                Console.Error.Write("\r" + text.PadRight(100));
                _dirty = true;
            }
            else
            {
                Console.Error.WriteLine(text);
            }
        }
    }

    public void End()
    {
        lock (_gate)
        {
            if (_dirty)
            {
                Console.Error.WriteLine();
                _dirty = false;
            }
        }
    }
}
