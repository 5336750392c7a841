using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Reading.Caching;

namespace Ssot.Generators.Benchmarks.Baselines;

/// <summary>
/// Our generator's transform alone: each <c>[Canonical]</c> type read into its model (the member signatures, the
/// attributes that travel with them, the interface map) exactly as <see cref="CanonicalGenerator"/> reads it, with no
/// rule over the whole compilation and no output. What a cold run costs before any file but the marked ones is read.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelsOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<bool> models = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Ssot.CanonicalAttribute",
            static (node, _) => node is TypeDeclarationSyntax,
            static (target, cancellationToken) => CanonicalModelCache.Read(target, cancellationToken) is not null);

        // A pipeline with no output is never run: the output is registered and does nothing.
        context.RegisterSourceOutput(models, static (_, _) => { });
    }
}
