namespace Samsyn.Web.Features.Shared;

/// <summary>What the retire/reinstate form needs: the state, the version seen, and the record's name.</summary>
public sealed record RetireFormModel(bool Retired, int Version, string Name);
