using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Cofab.IntegrationTests.Machines;

/// <summary>Keeps every formatted log line, so a test can check what an operator would read.</summary>
internal sealed class CollectingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));
}
