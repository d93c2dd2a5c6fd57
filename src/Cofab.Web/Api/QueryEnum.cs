using Cofab.Platform.Common;

namespace Cofab.Web.Api;

/// <summary>
/// Enum query parameters, read the way people write them (<c>?scope=market</c>, <c>?status=Pending</c>).
/// The framework's binder is case-sensitive and accepts numbers; this is neither, and names the field when it refuses.
/// </summary>
public static class QueryEnum
{
    public static Result<T?> Parse<T>(string? value, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return (T?)null;
        if (!int.TryParse(value, out _) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            return (T?)parsed;
        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        return Failure.Invalid(field, $"'{value}' is not a valid {field}; use one of: {allowed}.");
    }
}
