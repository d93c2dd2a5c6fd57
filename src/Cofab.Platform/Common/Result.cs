namespace Cofab.Platform.Common;

/// <summary>Why a use case refused: each kind maps to one HTTP status and one UI message.</summary>
public enum FailureKind
{
    Validation,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>An expected failure of a use case, with field errors keyed by JSON-style paths.</summary>
public sealed record Failure(FailureKind Kind, string Message, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Failure Validation(IReadOnlyDictionary<string, string[]> errors, string message = "The request has invalid fields.") =>
        new(FailureKind.Validation, message, errors);

    public static Failure Invalid(string field, string message) =>
        new(FailureKind.Validation, message, new Dictionary<string, string[]> { [field] = [message] });

    public static Failure NotFound(string message) => new(FailureKind.NotFound, message);
    public static Failure Forbidden(string message) => new(FailureKind.Forbidden, message);
    public static Failure Conflict(string message) => new(FailureKind.Conflict, message);
}

/// <summary>The outcome of a use case: a value or an expected failure. Exceptions are reserved for bugs.</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Failure? failure)
    {
        _value = value;
        Failure = failure;
    }

    public Failure? Failure { get; }
    public bool Succeeded => Failure is null;
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"Result failed: {Failure!.Message}");

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Failure failure) => new(default, failure);

    public static Result<T> From(Failure failure) => failure;

    public static Result<T> From(T value) => value;
}
