using NetArchTest.Rules;

namespace LocationBoards.Core.Tests.Architecture;

public class CoreDependencyTests
{
    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.Extensions.DependencyInjection")]
    [InlineData("LocationBoards.Data")]
    [InlineData("LocationBoards.Hub")]
    public void Core_does_not_depend_on_infrastructure(string forbidden)
    {
        var result = Types.InAssembly(typeof(Money).Assembly)
            .ShouldNot()
            .HaveDependencyOn(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"Core types depending on {forbidden}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Core_assembly_references_neither_ef_core_nor_asp_net_core()
    {
        var references = typeof(Money).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
