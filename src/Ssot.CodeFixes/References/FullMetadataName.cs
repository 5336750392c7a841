using Microsoft.CodeAnalysis;

namespace Ssot.CodeFixes.References;

/// <summary>The name a type has in metadata, whichever compilation it comes from: <c>Ns.Outer+Inner`1</c>.</summary>
internal static class FullMetadataName
{
    public static string Of(INamedTypeSymbol type)
    {
        INamedTypeSymbol definition = type.OriginalDefinition;
        string name = definition.MetadataName;
        for (INamedTypeSymbol? container = definition.ContainingType; container is not null; container = container.ContainingType)
        {
            name = container.MetadataName + "+" + name;
        }

        return definition.ContainingNamespace.IsGlobalNamespace ? name : definition.ContainingNamespace.ToDisplayString() + "." + name;
    }
}
