using System;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>A canonical type of the compilation as the analyzer read it: its symbol, its model and where its attribute's arguments are.</summary>
internal sealed class ReadCanonical
{
    public ReadCanonical(INamedTypeSymbol symbol, CanonicalTypeModel model, CanonicalAttributeData data)
    {
        Symbol = symbol;
        Model = model;
        Data = data;
        Readable = symbol.ToReadable();
    }

    public INamedTypeSymbol Symbol { get; }

    public CanonicalTypeModel Model { get; }

    public CanonicalAttributeData Data { get; }

    /// <summary>The type's name as messages write it.</summary>
    public string Readable { get; }

    /// <summary>Where the attribute names a legacy name (the whole attribute if it is not found).</summary>
    public Location LegacyNameLocation(string legacyMetadataName)
    {
        for (int i = 0; i < Model.LegacyTypes.Count; i++)
        {
            if (string.Equals(Model.LegacyTypes[i].MetadataName, legacyMetadataName, StringComparison.Ordinal))
            {
                return Data.LegacyNameLocation(i);
            }
        }

        return Data.AttributeLocation;
    }
}
