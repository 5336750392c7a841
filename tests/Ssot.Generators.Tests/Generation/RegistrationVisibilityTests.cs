using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// <c>SsotRegistrationVisibility</c>: a library that sets it to <c>internal</c> adds nothing to its public API; by
/// default the registration class is as public as the canonical types it registers.
/// </summary>
public sealed class RegistrationVisibilityTests
{
    private const string Source = """
        namespace Lib
        {
            [Ssot.Canonical("Old.Manager")]
            public sealed class Manager { }
        }
        """;

    [Theory]
    [InlineData(null, "public")]
    [InlineData("public", "public")]
    [InlineData("internal", "internal")]
    [InlineData(" Internal ", "internal")]
    [InlineData("private", "public")]
    public void The_property_sets_the_accessibility_of_the_registration_class_and_its_methods(string? property, string expected)
    {
        var options = new TestCompilation
        {
            GlobalOptions = property is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property.SsotRegistrationVisibility"] = property },
        };

        GeneratorResult result = GeneratorRunner.Run(options.Create(Source), options).ShouldCompile();

        SyntaxNode root = result.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Ssot.Registrations.g.cs", System.StringComparison.Ordinal)).GetRoot();
        ClassDeclarationSyntax registrations = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        Assert.Contains(expected, registrations.Modifiers.Select(m => m.Text));
        Assert.All(registrations.Members.OfType<MethodDeclarationSyntax>(), m => Assert.Contains(expected, m.Modifiers.Select(t => t.Text)));
        INamedTypeSymbol type = result.Output.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.TestAssemblyCanonicalRegistrations")!;
        Assert.Equal(expected == "public", type.DeclaredAccessibility == Accessibility.Public);
    }

    [Fact]
    public void The_package_makes_the_property_visible_to_the_compiler()
    {
        string props = System.IO.File.ReadAllText(System.IO.Path.Combine(Documentation.ReadmeTests.RepositoryRoot(), "src", "Ssot.Generators", "build", "Ssot.Generators.props"));

        Assert.Contains("<CompilerVisibleProperty Include=\"SsotRegistrationVisibility\" />", props, System.StringComparison.Ordinal);
    }
}
