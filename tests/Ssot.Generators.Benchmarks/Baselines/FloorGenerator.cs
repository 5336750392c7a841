using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Benchmarks.Baselines;

/// <summary>
/// The cost no generator of this kind can avoid: find the types that carry the attribute (a referenced assembly's
/// <c>Ssot.CanonicalAttribute</c>), with a transform that returns a constant and an output that adds nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<int> marked = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Ssot.CanonicalAttribute",
            static (_, _) => true,
            static (_, _) => 0);

        // A pipeline with no output is never run: the output is registered and does nothing.
        context.RegisterSourceOutput(marked, static (_, _) => { });
    }
}
