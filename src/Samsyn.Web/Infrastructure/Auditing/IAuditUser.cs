namespace Samsyn.Web.Infrastructure.Auditing;

/// <summary>Who is making the change being audited.</summary>
public interface IAuditUser
{
    string? UserId { get; }
    string UserName { get; }
}

/// <summary>The application itself (start-up, demo data, design-time tools).</summary>
public sealed class SystemAuditUser : IAuditUser
{
    public static readonly SystemAuditUser Instance = new();
    public string? UserId => null;
    public string UserName => "system";
}
