using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// The aliases a project gets for canonical types in the assemblies it references, read from the
/// <c>AssemblyMetadata("Ssot.Legacy", ...)</c> entries the generator wrote there: the attributes of each referenced
/// assembly are read, never its types.
/// </summary>
internal static class ReferencedCanonicalTypes
{
    public static List<AliasCandidate> ReadAliasCandidates(Compilation compilation)
    {
        var candidates = new List<AliasCandidate>();
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            foreach (LegacyMapEntry entry in LegacyMapReader.Read(assembly))
            {
                if (!entry.Alias
                    || LegacyName.TryParse(entry.LegacyMetadataName, out _) is not { ContainingTypes.Count: 0 } legacy
                    || assembly.GetTypeByMetadataName(entry.CanonicalMetadataName) is not { } canonical
                    || !SymbolVisibility.IsPublic(canonical))
                {
                    continue;
                }

                candidates.Add(new AliasCandidate(
                    legacy.Name,
                    TypeDisplay.WithAnnotations.FullyQualified(canonical),
                    entry.CanonicalMetadataName,
                    entry.LegacyMetadataName,
                    canonical.IsGenericType,
                    entry.ApiNamesLegacy));
            }
        }

        return candidates;
    }
}
