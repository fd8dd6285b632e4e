namespace LocationBoards.Benchmarks.Load;

/// <summary>The checkout the benchmarks run from: the folder holding LocationBoards.sln, found by walking up from the build output.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LocationBoards.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find LocationBoards.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>The hub as `dotnet build -c Release` leaves it.</summary>
    public static string ReleaseHubDll() =>
        Path.Combine(Find(), "src", "LocationBoards.Hub", "bin", "Release", "net10.0", "LocationBoards.Hub.dll");
}
