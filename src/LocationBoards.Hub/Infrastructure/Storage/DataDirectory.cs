using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>
/// The folder for everything the hub writes (the SQLite file, key ring, mail pickup): "Storage:DataDirectory",
/// relative to the content root unless absolute. The container mounts a volume here.
/// </summary>
public sealed class DataDirectory(IHostEnvironment environment, IOptions<StorageOptions> storage)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, storage.Value.DataDirectory));

    /// <summary>The same folder, read before the service provider exists (for start-up registrations).</summary>
    public static string RootFrom(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DataDirectory)}"];
        return Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, string.IsNullOrWhiteSpace(configured) ? "data" : configured));
    }

    /// <summary>A path under the data directory (or the given absolute path).</summary>
    public string Resolve(string relativeOrAbsolute) => Path.GetFullPath(Path.Combine(Root, relativeOrAbsolute));

    /// <summary>The same path, with its folder created.</summary>
    public string ResolveAndCreateFolder(string relativeOrAbsolute)
    {
        var path = Resolve(relativeOrAbsolute);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
