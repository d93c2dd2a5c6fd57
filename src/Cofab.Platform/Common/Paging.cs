namespace Cofab.Platform.Common;

public static class Paging
{
    public const int MaxPageSize = 200;

    public static (int Page, int Size, Failure? Failure) Check(int page, int size)
    {
        if (page < 1) return (0, 0, Failure.Invalid("page", "Pages are numbered from 1."));
        if (size is < 1 or > MaxPageSize) return (0, 0, Failure.Invalid("pageSize", $"Page size must be between 1 and {MaxPageSize}."));
        return (page, size, null);
    }
}
