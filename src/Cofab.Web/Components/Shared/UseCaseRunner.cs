namespace Cofab.Web.Components.Shared;

/// <summary>
/// Runs each use-case call in its own DI scope. A Blazor Server circuit keeps one scope for its whole life, so use
/// cases injected directly would share one DbContext between overlapping calls (a table reload while a filter loads)
/// and keep tracked entities for hours; a scope per call gives each its own short-lived DbContext.
/// </summary>
public sealed class UseCaseRunner(IServiceScopeFactory scopes)
{
    public async Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> call)
        where TUseCase : notnull
    {
        ArgumentNullException.ThrowIfNull(call);
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
