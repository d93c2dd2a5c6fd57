using System.Globalization;
using System.Net;
using System.Text;
using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Output;

/// <summary>
/// Draws a schedule as an SVG Gantt chart: one row per machine, rows grouped under a band per factory, one colour per job
/// (golden-angle hues so neighbouring jobs differ), calendar blocks hatched grey, and a time axis with round ticks.
/// </summary>
public static class GanttSvg
{
    private const int RowHeight = 18;
    private const int LabelWidth = 150;
    private const int ChartWidth = 1200;
    private const int HeaderHeight = 30;
    private const int FactoryBandHeight = 18;

    public static string Render(SchedulingProblem problem, Schedule schedule, string? title = null)
    {
        var horizon = Math.Max(1, schedule.Makespan);
        var scale = (double)ChartWidth / horizon;
        var rows = problem.Machines.Select((m, i) => (Machine: m, Index: i)).OrderBy(x => x.Machine.Factory).ThenBy(x => x.Index).ToList();
        var factoriesUsed = rows.Select(r => r.Machine.Factory).Distinct().Count();
        var height = HeaderHeight + (rows.Count * RowHeight) + (factoriesUsed * FactoryBandHeight) + 40;
        var width = LabelWidth + ChartWidth + 20;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append("<defs><pattern id=\"off\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#bbb\"/></pattern></defs>\n");
        svg.Append(Invariant($"<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\">{Escape(title ?? problem.Name)} — makespan {schedule.Makespan}</text>\n"));

        var y = HeaderHeight;
        var machineY = new Dictionary<int, int>();
        var currentFactory = -1;
        foreach (var (machine, index) in rows)
        {
            if (machine.Factory != currentFactory)
            {
                currentFactory = machine.Factory;
                svg.Append(Invariant($"<rect x=\"0\" y=\"{y}\" width=\"{width}\" height=\"{FactoryBandHeight}\" fill=\"#e8eef7\"/>"));
                svg.Append(Invariant($"<text x=\"4\" y=\"{y + 13}\" font-weight=\"bold\">{Escape(problem.Factories[machine.Factory].Name)}</text>\n"));
                y += FactoryBandHeight;
            }

            machineY[index] = y;
            svg.Append(Invariant($"<text x=\"12\" y=\"{y + 13}\">{Escape(machine.Name)}</text>"));
            svg.Append(Invariant($"<line x1=\"{LabelWidth}\" y1=\"{y + RowHeight}\" x2=\"{LabelWidth + ChartWidth}\" y2=\"{y + RowHeight}\" stroke=\"#eee\"/>\n"));
            foreach (var off in machine.Unavailable.Where(w => w.Start < horizon))
            {
                var x0 = LabelWidth + (Math.Max(0, off.Start) * scale);
                var w = (Math.Min(horizon, off.End) - Math.Max(0, off.Start)) * scale;
                svg.Append(Invariant($"<rect x=\"{x0:0.##}\" y=\"{y + 1}\" width=\"{w:0.##}\" height=\"{RowHeight - 2}\" fill=\"url(#off)\"><title>unavailable [{off.Start},{off.End})</title></rect>"));
            }

            y += RowHeight;
        }

        foreach (var a in schedule.All)
        {
            var x0 = LabelWidth + (a.Start * scale);
            var w = Math.Max(1, (a.End - a.Start) * scale);
            var op = problem.Jobs[a.Job].Operations[a.Operation];
            var label = w > 28 ? Invariant($"<text x=\"{x0 + 2:0.##}\" y=\"{machineY[a.Machine] + 13}\" fill=\"#fff\" font-size=\"10\">{a.Job + 1}.{a.Operation + 1}</text>") : "";
            svg.Append(Invariant($"<rect x=\"{x0:0.##}\" y=\"{machineY[a.Machine] + 2}\" width=\"{w:0.##}\" height=\"{RowHeight - 4}\" rx=\"2\" fill=\"{Colour(a.Job)}\" stroke=\"#333\" stroke-width=\"0.3\"><title>{Escape(op.Name)} ({Escape(problem.Jobs[a.Job].Name)}) [{a.Start},{a.End})</title></rect>{label}\n"));
        }

        var step = NiceStep(horizon);
        for (long t = 0; t <= horizon; t += step)
        {
            var x = LabelWidth + (t * scale);
            svg.Append(Invariant($"<line x1=\"{x:0.##}\" y1=\"{HeaderHeight}\" x2=\"{x:0.##}\" y2=\"{y}\" stroke=\"#ccc\" stroke-dasharray=\"2,3\"/><text x=\"{x:0.##}\" y=\"{y + 14}\" text-anchor=\"middle\">{t}</text>\n"));
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Colour(int job)
    {
        var hue = (job * 137.508) % 360;
        var lightness = 38 + ((job / 7) % 3 * 8);
        return Invariant($"hsl({hue:0},65%,{lightness}%)");
    }

    private static long NiceStep(long horizon)
    {
        var raw = horizon / 10.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(1, raw))));
        var step = new[] { 1, 2, 5, 10 }.Select(k => k * magnitude).First(s => s >= raw);
        return Math.Max(1, (long)step);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
