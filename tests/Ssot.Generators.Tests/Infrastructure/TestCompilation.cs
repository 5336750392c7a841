using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;
using Ssot;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>Builds in-memory compilations for tests, from reference assemblies that ship in packages (nothing is downloaded).</summary>
public sealed record TestCompilation
{
    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    public NullableContextOptions Nullable { get; init; } = NullableContextOptions.Enable;

    public TargetFramework Framework { get; init; } = TargetFramework.Net100;

    /// <summary>Whether Microsoft.Extensions.DependencyInjection is referenced (only on .NET 10).</summary>
    public bool WithDependencyInjection { get; init; } = true;

    public string AssemblyName { get; init; } = "TestAssembly";

    public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;

    public DocumentationMode DocumentationMode { get; init; } = DocumentationMode.Parse;

    public IReadOnlyList<MetadataReference> ExtraReferences { get; init; } = [];

    /// <summary>MSBuild properties the analyzers see, e.g. <c>build_property.SsotLegacyBudget</c>.</summary>
    public IReadOnlyDictionary<string, string> GlobalOptions { get; init; } = new Dictionary<string, string>();

    public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationMode);

    public CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create(
            AssemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Source" + i + ".cs")),
            References(),
            new CSharpCompilationOptions(
                OutputKind,
                nullableContextOptions: Nullable,
                deterministic: true,
                warningLevel: 9999));

    public IEnumerable<MetadataReference> References()
    {
        IEnumerable<MetadataReference> framework = Framework switch
        {
            TargetFramework.Net100 => Basic.Reference.Assemblies.Net100.References.All,
            TargetFramework.NetStandard20 => Basic.Reference.Assemblies.NetStandard20.References.All,
            TargetFramework.Net472 => Basic.Reference.Assemblies.Net472.References.All,
            _ => throw new ArgumentOutOfRangeException(nameof(Framework)),
        };
        var references = new List<MetadataReference>(framework)
        {
            MetadataReference.CreateFromFile(typeof(CanonicalAttribute).Assembly.Location),
        };
        if (WithDependencyInjection && Framework == TargetFramework.Net100)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(IServiceCollection).Assembly.Location));
            references.Add(MetadataReference.CreateFromFile(typeof(ServiceCollection).Assembly.Location));
        }

        references.AddRange(ExtraReferences);
        return references;
    }
}
