using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web app.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HelpdeskDbContext>
{
    public HelpdeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite("Data Source=design.db").Options);
}
