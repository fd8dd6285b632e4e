using System.Text;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Seeding;

/// <summary>A copy of the real seed folder that a test may spoil, deleted afterwards.</summary>
public sealed class SeedFolderCopy : IDisposable
{
    private readonly TestDirectory _directory = new("seed");

    public SeedFolderCopy()
    {
        foreach (var file in Directory.EnumerateFiles(SeedHarness.RealSeedFolder, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(_directory.Path, System.IO.Path.GetRelativePath(SeedHarness.RealSeedFolder, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path => _directory.Path;

    /// <summary>Replaces one line (1-based) of a file.</summary>
    public void ReplaceLine(string file, int line, Func<string, string> change)
    {
        var path = System.IO.Path.Combine(Path, file);
        var lines = File.ReadAllLines(path).ToList();
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
    }

    public void Append(string file, string line) => File.AppendAllText(System.IO.Path.Combine(Path, file), line + "\n");

    public void Replace(string file, string from, string to, int count = 1)
    {
        var path = System.IO.Path.Combine(Path, file);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{from}' is not in {file}");
        var changed = text[..index] + to + text[(index + from.Length)..];
        if (count > 1)
        {
            changed = changed.Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(path, changed, new UTF8Encoding(false));
    }

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(Path, file));

    public void Dispose() => _directory.Dispose();
}
