using Cofab.Platform.Common;
using Cofab.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cofab.Web.Components.Shared;

/// <summary>
/// The field errors of a failed save, keyed by the JSON paths the use cases report (<c>capabilities[0].toleranceMm</c>),
/// so each input can show its own message next to itself.
/// </summary>
public sealed class FieldErrorMap
{
    private readonly IReadOnlyDictionary<string, string[]> _errors;

    private FieldErrorMap(IReadOnlyDictionary<string, string[]> errors) => _errors = errors;

    public static FieldErrorMap Empty { get; } = new(new Dictionary<string, string[]>());

    /// <summary>The errors of a failure, each message in the UI language where a translation is known.</summary>
    public static FieldErrorMap From(Failure? failure, IStringLocalizer<SharedResource> localizer) =>
        failure?.Errors is { Count: > 0 } errors
            ? new FieldErrorMap(errors.ToDictionary(e => e.Key, e => e.Value.Select(localizer.Message).ToArray(), StringComparer.Ordinal))
            : Empty;

    public bool Any => _errors.Count > 0;

    public IEnumerable<KeyValuePair<string, string[]>> All => _errors;

    public bool Has(string path) => _errors.ContainsKey(path);

    /// <summary>The message(s) for one field, or null when it is fine (MudBlazor shows ErrorText only with Error=true).</summary>
    public string? For(string path) => _errors.TryGetValue(path, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Errors on a field or anything below it (e.g. <c>capabilities[0].materials[2]</c> under <c>capabilities[0].materials</c>).</summary>
    public string? Under(string path)
    {
        var messages = _errors
            .Where(e => e.Key == path || e.Key.StartsWith(path + ".", StringComparison.Ordinal) || e.Key.StartsWith(path + "[", StringComparison.Ordinal))
            .SelectMany(e => e.Value)
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
