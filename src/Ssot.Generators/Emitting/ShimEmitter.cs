using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>Writes the file of one legacy shim: namespace, enclosing types, the marking attributes, then the shape's body.</summary>
internal static class ShimEmitter
{
    public static string Emit(CanonicalTypeModel model, LegacyTypeModel legacy, CompilationFacts facts)
    {
        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, facts, model.Type.MetadataName);
        writer.WriteLine();
        var entry = new LegacyMapEntry(legacy.MetadataName, model.Type.MetadataName, model.Obsolete.DiagnosticId, model.Obsolete.IsError, model.Alias);
        writer.WriteLine("[assembly: global::System.Reflection.AssemblyMetadata(" + Literal(LegacyMapEntry.MetadataKey) + ", " + Literal(entry.Format()) + ")]");
        GeneratedFile.OpenNamespace(writer, legacy.Namespace);
        foreach (ContainingTypeModel outer in legacy.ContainingTypes)
        {
            writer.OpenBlock(outer.Declaration);
        }

        WriteAttributes(writer, model, legacy, facts);
        string accessibility = model.IsPublic ? "public" : "internal";
        string typeParameters = TypeParameterList(model.TypeParameters, withVariance: model.Shape == ShimShape.DerivedInterface);
        switch (model.Shape)
        {
            case ShimShape.Facade:
                FacadeEmitter.Write(writer, model, legacy, accessibility, typeParameters, facts);
                break;
            case ShimShape.Subclass:
                SubclassEmitter.Write(writer, model, legacy, accessibility, typeParameters);
                break;
            case ShimShape.StaticForwarder:
                writer.OpenBlock(accessibility + " static class " + legacy.Name + typeParameters + Constraints(model.TypeParameters));
                MemberWriter.WriteAll(writer, ExtensionForwarders(model, legacy, facts), instance: null, model.Type.FullyQualified, facts);
                writer.CloseBlock();
                break;
            case ShimShape.DerivedInterface:
                writer.WriteLine(accessibility + " interface " + legacy.Name + typeParameters + " : " + model.Type.FullyQualified + Constraints(model.TypeParameters));
                writer.WriteLine("{");
                writer.WriteLine("}");
                break;
        }

        foreach (ContainingTypeModel _ in legacy.ContainingTypes)
        {
            writer.CloseBlock();
        }

        GeneratedFile.CloseNamespace(writer, legacy.Namespace);
        return writer.ToString();
    }

    /// <summary>
    /// The static forwarder's members. A call of an extension method names no type, so a forwarded extension method is
    /// obsolete itself; and where the legacy and canonical namespaces are one, it is no extension method at all, or every
    /// call would be ambiguous between the two (CS0121); nor is it in a nested legacy class.
    /// </summary>
    private static Helpers.EquatableArray<MemberModel> ExtensionForwarders(CanonicalTypeModel model, LegacyTypeModel legacy, CompilationFacts facts)
    {
        // A nested class cannot declare extension methods either (CS1109).
        bool plainMethods = legacy.Namespace.Replace("@", string.Empty) == model.Type.Namespace || !legacy.ContainingTypes.IsEmpty;
        return model.StaticMembers.Select(member =>
        {
            if (member.Kind != MemberKind.Method || member.Parameters.IsEmpty || !member.Parameters[0].Modifiers.StartsWith("this ", System.StringComparison.Ordinal))
            {
                return member;
            }

            if (!plainMethods)
            {
                return member with { Attributes = ObsoleteAttribute(model, legacy, facts) + " " + member.Attributes };
            }

            ParameterModel first = member.Parameters[0];
            Helpers.EquatableArray<ParameterModel> parameters = new[] { first with { Modifiers = first.Modifiers.Substring("this ".Length) } }
                .Concat(member.Parameters.Skip(1))
                .ToEquatableArray();
            return member with { Parameters = parameters };
        }).ToEquatableArray();
    }

    private static string ObsoleteAttribute(CanonicalTypeModel model, LegacyTypeModel legacy, CompilationFacts facts)
    {
        string obsolete = "[global::System.Obsolete(" + Literal(legacy.Message) + ", " + (model.Obsolete.IsError ? "true" : "false");
        if (facts.ObsoleteHasDiagnosticId)
        {
            obsolete += ", DiagnosticId = " + Literal(model.Obsolete.DiagnosticId);
            if (model.Obsolete.UrlFormat is { } url)
            {
                obsolete += ", UrlFormat = " + Literal(url);
            }
        }

        return obsolete + ")]";
    }

    private static void WriteAttributes(SourceWriter writer, CanonicalTypeModel model, LegacyTypeModel legacy, CompilationFacts facts)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The legacy name of <see cref=\"" + CrefOf(model) + "\"/>, kept so that old code compiles and is reported.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(ObsoleteAttribute(model, legacy, facts));
        writer.WriteLine(GeneratedFile.HiddenAttribute);
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
    }

    /// <summary>A cref to the canonical type: generic types use the brace form a cref needs.</summary>
    public static string CrefOf(CanonicalTypeModel model) => model.Type.FullyQualified.Replace('<', '{').Replace('>', '}');

    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    public static string TypeParameterList(Helpers.EquatableArray<TypeParameterModel> typeParameters, bool withVariance) =>
        typeParameters.IsEmpty
            ? string.Empty
            : "<" + string.Join(", ", typeParameters.Select(t => (withVariance ? t.Variance : string.Empty) + t.Name)) + ">";

    public static string Constraints(Helpers.EquatableArray<TypeParameterModel> typeParameters) =>
        string.Concat(typeParameters.Where(t => t.Constraints.Length > 0).Select(t => " where " + t.Name + " : " + t.Constraints));
}
