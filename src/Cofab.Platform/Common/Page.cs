namespace Cofab.Platform.Common;

/// <summary>One page of a list, with the total so a UI can show "1–50 of 12,345".</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);
