using System.Diagnostics;
using System.Text;

namespace Cofab.IntegrationTests.Support;

/// <summary>What one run of the <c>cofab</c> tool printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;

    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the real <c>cofab</c> tool (built beside the tests) as a separate process.</summary>
public static class CofabCli
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    public static async Task<CliRun> RunAsync(IEnumerable<string> arguments, CancellationToken ct, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cofab.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Wide enough that Spectre does not wrap tables mid-message.
        start.Environment["COLUMNS"] = "240";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliRun(process.ExitCode, await output, await error);
    }
}
