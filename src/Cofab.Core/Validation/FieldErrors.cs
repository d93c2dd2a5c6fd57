namespace Cofab.Core.Validation;

/// <summary>
/// Collects validation messages keyed by JSON-style field paths (<c>capabilities[0].toleranceMm</c>), the shape
/// ASP.NET Core's ValidationProblemDetails expects, so the API can return them unchanged.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void AddRange(IReadOnlyDictionary<string, string[]> errors, string prefix = "")
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(prefix + field, message);
            }
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
