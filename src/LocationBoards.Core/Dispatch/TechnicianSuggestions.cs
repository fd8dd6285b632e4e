namespace LocationBoards.Core.Dispatch;

/// <summary>The ranked suggestions for a job, who was left out and why, and one sentence that sums it up.</summary>
public sealed record TechnicianSuggestions(
    IReadOnlyList<TechnicianSuggestion> Suggestions,
    IReadOnlyList<LeftOutTechnician> LeftOut,
    string Summary)
{
    public TechnicianSuggestion? Best => Suggestions.Count > 0 ? Suggestions[0] : null;
}
