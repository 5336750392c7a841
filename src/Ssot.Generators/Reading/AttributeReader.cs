using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Reads the attributes that must travel with a forwarding member or parameter.</summary>
internal static class AttributeReader
{
    // Attributes whose meaning is lost if a forwarding member drops them: nullable flow and caller info.
    private static readonly HashSet<string> ParameterAttributes =
    [
        "System.Diagnostics.CodeAnalysis.AllowNullAttribute",
        "System.Diagnostics.CodeAnalysis.DisallowNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnIfAttribute",
        "System.Runtime.CompilerServices.CallerMemberNameAttribute",
        "System.Runtime.CompilerServices.CallerFilePathAttribute",
        "System.Runtime.CompilerServices.CallerLineNumberAttribute",
        "System.Runtime.CompilerServices.CallerArgumentExpressionAttribute",
    ];

    // Calling an experimental member is an error except from one that is experimental too (and callers through the
    // legacy name should hear of it); a constructor that sets the required members spares its callers from setting them.
    private static readonly HashSet<string> MemberAttributes =
    [
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
    ];

    public static EquatableArray<AttributeModel> ReadMember(ISymbol member, TypeDisplay display) => Read(member.GetAttributes(), target: null, MemberAttributes, display);

    /// <summary>The nullable-flow attributes on a method's return value, written with <c>return:</c>.</summary>
    public static EquatableArray<AttributeModel> ReadReturn(IMethodSymbol method, TypeDisplay display) =>
        Read(method.GetReturnTypeAttributes(), "return", ParameterAttributes, display);

    public static EquatableArray<AttributeModel> ReadParameter(IParameterSymbol parameter, TypeDisplay display) =>
        Read(parameter.GetAttributes(), target: null, ParameterAttributes, display);

    /// <summary>The diagnostic ID of the member's <c>[Experimental]</c>, or empty.</summary>
    public static string ReadExperimentalId(ISymbol member)
    {
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && MemberAttributes.Contains(TypeDisplay.MetadataNameOf(type))
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id)
            {
                return id;
            }
        }

        return string.Empty;
    }

    private static EquatableArray<AttributeModel> Read(IEnumerable<AttributeData> attributes, string? target, HashSet<string> kept, TypeDisplay display)
    {
        List<AttributeModel>? read = null;
        foreach (AttributeData attribute in attributes)
        {
            if (attribute.AttributeClass is not { } type || !kept.Contains(TypeDisplay.MetadataNameOf(type)))
            {
                continue;
            }

            (read ??= []).Add(new AttributeModel(
                display.FullyQualified(type),
                target,
                attribute.ConstructorArguments.Select(a => ConstantReader.ReadArgument(a, display)).ToEquatableArray(),
                attribute.NamedArguments.Select(a => new NamedArgumentModel(a.Key, ConstantReader.ReadArgument(a.Value, display))).ToEquatableArray()));
        }

        return read is null ? EquatableArray<AttributeModel>.Empty : new EquatableArray<AttributeModel>(read.ToArray());
    }
}
