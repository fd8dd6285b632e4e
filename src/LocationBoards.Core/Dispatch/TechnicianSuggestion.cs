namespace LocationBoards.Core.Dispatch;

/// <summary>
/// One available technician with the skill, in rank order (1 is the best match), with the reasons in words:
/// <see cref="Reach"/> "12 min away (8.1 km at 40 km/h), 1 job waiting"; <see cref="RanksBelow"/>
/// "ranks below Ann: 4 min further"; <see cref="NextRanksLower"/> "Bob ranks lower: 1 more job waiting".
/// </summary>
public sealed record TechnicianSuggestion(
    int Rank,
    int TechnicianId,
    string Name,
    double DistanceMetres,
    TimeSpan TimeToArrive,
    int MinutesAway,
    int Load,
    string Reach,
    string? RanksBelow,
    string? NextRanksLower)
{
    /// <summary>The reach, then why this one ranks below the one above it.</summary>
    public string Why => RanksBelow is null ? Reach : $"{Reach}; {RanksBelow}";
}
