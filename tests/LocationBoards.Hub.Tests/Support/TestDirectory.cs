namespace LocationBoards.Hub.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted when the test is done.</summary>
public sealed class TestDirectory : IDisposable
{
    public TestDirectory(string purpose = "test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "locationboards-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold the SQLite file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
