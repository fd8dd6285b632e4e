using LocationBoards.Core.Dispatch;

namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// One technician as the console lists and maps them: state in words and as a letter, load, position and its age;
/// with a sale in progress, <see cref="Sale"/> says what it is and the state is <see cref="TechnicianState.Selling"/>.
/// </summary>
public sealed record TechnicianRow(
    int TechnicianId,
    string Name,
    TechnicianState State,
    int Load,
    string Skills,
    double? Latitude,
    double? Longitude,
    DateTime? RecordedUtc,
    string PositionAge,
    bool PositionIsStale,
    string Obstacles,
    string? Sale = null)
{
    public string StateWords => TechnicianStates.Words(State);

    public string Letter => TechnicianStates.Letter(State);

    public static TechnicianRow From(TechnicianSituation situation, DateTime nowUtc, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(options);
        var assessment = TechnicianAvailability.Assess(situation, nowUtc, options);
        var position = situation.Position;
        return new TechnicianRow(
            situation.TechnicianId,
            situation.Name,
            assessment.State,
            assessment.Load,
            string.Join(", ", situation.Skills.Order(StringComparer.OrdinalIgnoreCase)),
            position?.Point.Latitude,
            position?.Point.Longitude,
            position?.RecordedUtc,
            position is null ? "no position yet" : $"{DurationText.Format(position.AgeAt(nowUtc))} ago",
            assessment.PositionIsStale,
            string.Join("; ", assessment.ObstacleWords));
    }

    /// <summary>The row of a technician who has a sale in progress: selling, with the sale in words.</summary>
    public TechnicianRow SellingAs(string sale) => this with { State = TechnicianState.Selling, Sale = sale };
}
