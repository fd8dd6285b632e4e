using System.ComponentModel.DataAnnotations;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>Where the demo or a business's own data comes from on first start. Bound from "Seed"; see docs/seed-data.md.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Load the seed folder into an empty store on start. Off for a store that is filled another way (tests that make their own data).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The seed folder; loaded only into an empty store. Relative paths are under the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>Move the order history by whole days so that its newest order falls on the day before loading.</summary>
    public bool ShiftHistoryToToday { get; set; } = true;

    /// <summary>Print the URLs and the demo sign-ins of the seed folder's users.json once the hub has started.</summary>
    public bool ShowDemoLogins { get; set; } = true;
}
