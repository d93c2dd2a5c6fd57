namespace Cofab.Platform.Features.Demo;

public sealed record DemoLoadOptions(int Seed = 42);

public sealed class LoadDemoData
{
    public Task HandleAsync(DemoLoadOptions options, IProgress<string>? progress, CancellationToken ct) => Task.CompletedTask;
}
