using Microsoft.EntityFrameworkCore;

namespace Samsyn.Web.Infrastructure.Api;

/// <summary>Every API list answers in this shape: <c>{"items": [...], "totalCount": n, "page": p, "pageSize": s}</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Returns a validation message for out-of-range paging arguments, or null.</summary>
    public static Dictionary<string, string[]>? Check(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1) errors["page"] = ["Sidnumret börjar på 1."];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"Sidstorleken ska vara mellan 1 och {MaxPageSize}."];
        return errors.Count == 0 ? null : errors;
    }

    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var total = await query.CountAsync(ct);
        var items = await query.Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return new PagedList<T>(items, total, p, size);
    }
}
