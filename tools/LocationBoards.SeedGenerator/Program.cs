using LocationBoards.SeedGenerator;
using LocationBoards.SeedGenerator.Output;

// Regenerates seed-data/ deterministically: `dotnet run --project tools/LocationBoards.SeedGenerator [-- <folder>]`.
var output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(RepositoryRoot(), "seed-data");
var world = SeedWorld.Create();
SeedWriter.WriteAll(world, output);
Console.WriteLine(
    $"Wrote {output}: {world.Locations.Count} locations, {world.Segments.Count} street stretches, {world.Postcodes.Count} postcodes, "
    + $"{world.Customers.Count} customers, {world.History.Count} history orders, {world.Technicians.Count} technicians, {world.Jobs.Count} jobs.");

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "LocationBoards.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("Run inside the repository or pass the output folder.");
}
