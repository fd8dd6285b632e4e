using System.ComponentModel.DataAnnotations;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>Where the store lives. Bound from "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (the embedded default) or Postgres (scale-out, added with its issue).</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Where the hub writes its files; relative paths are under the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The SQLite file; relative paths are under the data directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "locationboards.db";

    /// <summary>How long a writer waits for the SQLite write lock before giving up.</summary>
    [Range(100, 120_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}
