using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LocationBoards.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the hub.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseLocationBoardsSqlite("Data Source=design-time.db");
        return new AppDbContext(options.Options);
    }
}
