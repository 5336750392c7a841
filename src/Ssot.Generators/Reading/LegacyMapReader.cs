using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Reads the <c>AssemblyMetadata("Ssot.Legacy", ...)</c> entries an assembly's generator wrote: its attributes, never its types.</summary>
internal static class LegacyMapReader
{
    public static IEnumerable<LegacyMapEntry> Read(IAssemblySymbol assembly)
    {
        foreach (string? value in Values(assembly, LegacyMapEntry.MetadataKey))
        {
            if (LegacyMapEntry.Parse(value) is { } entry)
            {
                yield return entry;
            }
        }
    }

    /// <summary>The values of the assembly's <c>AssemblyMetadata</c> attributes with the given key.</summary>
    public static IEnumerable<string?> Values(IAssemblySymbol assembly, string key)
    {
        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "AssemblyMetadataAttribute" }
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value as string == key)
            {
                yield return attribute.ConstructorArguments[1].Value as string;
            }
        }
    }
}
