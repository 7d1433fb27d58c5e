using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Decisions;

/// <summary>
/// The decision register's text search: the search text, trimmed, is a case-insensitive substring of the decision
/// (so "rutin" finds "vårdrutinen"; several words match as written, in that order). Indexed on both databases:
/// SQLite through the FTS5 trigram table <see cref="SqliteTable"/>, PostgreSQL through a pg_trgm GIN index on
/// <see cref="Folded"/>'s expression (both made by the DecisionTextSearch migrations).
/// </summary>
public static class DecisionSearch
{
    /// <summary>The external-content FTS5 table over "Decisions"."Text", kept in step by triggers.</summary>
    public const string SqliteTable = "DecisionText";

    /// <summary>The PostgreSQL trigram index on the folded text.</summary>
    public const string PostgresIndex = "IX_Decisions_Text_trgm";

    /// <summary>Trigram matching needs this many characters; shorter terms are read row by row.</summary>
    public const int TrigramLength = 3;

    public static IQueryable<Decision> Containing(this IQueryable<Decision> decisions, string? q, AppDbContext db)
    {
        if (Term(q) is not { } term) return decisions;
        if (db.Database.IsSqlite() && term.EnumerateRunes().Count() >= TrigramLength)
        {
            // One FTS5 string: inside double quotes only a doubled quote means anything, so no input is query syntax.
            var phrase = $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            var ids = db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "DecisionText" WHERE "DecisionText" MATCH {phrase}""");
            return decisions.Where(d => ids.Contains(d.Id));
        }
        var pattern = $"%{term.Replace(@"\", @"\\", StringComparison.Ordinal)}%";
        return decisions.Where(Folded(pattern));
    }

    /// <summary>
    /// The search text as matched: trimmed and lower case, without the LIKE wildcards % and _ (as the register has
    /// always ignored them) and NUL (which PostgreSQL text cannot hold). Null when nothing is left to search for.
    /// </summary>
    public static string? Term(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        var term = q.Trim().ToLowerInvariant()
            .Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal);
        return term.Length == 0 ? null : term;
    }

    /// <summary>
    /// lower() with Å, Ä and Ö folded first, since SQLite's lower() and PostgreSQL's in the C locale fold only ASCII.
    /// The PostgreSQL trigram index is on exactly this expression:
    /// <c>lower(replace(replace(replace("Text", 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'))</c>.
    /// </summary>
    private static System.Linq.Expressions.Expression<Func<Decision, bool>> Folded(string pattern) =>
#pragma warning disable CA1304, CA1307, CA1311 // Translated to SQL replace() and lower(); nothing runs on the client.
        d => EF.Functions.Like(d.Text.Replace("Å", "å").Replace("Ä", "ä").Replace("Ö", "ö").ToLower(), pattern, @"\");
#pragma warning restore CA1304, CA1307, CA1311
}
