using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;

namespace Ssot.Generators.Emitting;

/// <summary>Writes the file of one legacy shim: namespace, enclosing types, the marking attributes, then the shape's body.</summary>
internal static class ShimEmitter
{
    public static string Emit(CanonicalTypeModel model, LegacyTypeModel legacy, PlannedShim shim, CompilationFacts facts)
    {
        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, facts, model.Type.MetadataName);
        writer.WriteLine();
        var entry = new LegacyMapEntry(legacy.MetadataName, model.Type.MetadataName, model.Obsolete.DiagnosticId, model.Obsolete.IsError, model.Alias, shim.ApiNamesLegacy);
        writer.WriteLine("[assembly: global::System.Reflection.AssemblyMetadata(" + Literal(LegacyMapEntry.MetadataKey) + ", " + Literal(entry.Format()) + ")]");
        GeneratedFile.OpenNamespace(writer, legacy.Namespace);
        foreach (ContainingTypeModel outer in legacy.ContainingTypes)
        {
            writer.OpenBlock(DeclarationOf(outer));
        }

        WriteAttributes(writer, model, legacy, facts);
        string accessibility = model.IsPublic ? "public" : "internal";
        string typeParameters = SignatureText.TypeParameterList(model.TypeParameters, withVariance: model.Shape == ShimShape.DerivedInterface);
        switch (model.Shape)
        {
            case ShimShape.Facade:
                FacadeEmitter.Write(writer, model, legacy, accessibility, typeParameters, facts);
                break;
            case ShimShape.Subclass:
                SubclassEmitter.Write(writer, model, legacy, accessibility, typeParameters, facts);
                break;
            case ShimShape.StaticForwarder:
                writer.OpenBlock(accessibility + " static class " + legacy.Name + typeParameters + SignatureText.Constraints(model.TypeParameters));
                WriteStaticForwarders(writer, model, legacy, facts);
                writer.CloseBlock();
                break;
            case ShimShape.DerivedInterface:
                writer.WriteLine(accessibility + " interface " + legacy.Name + typeParameters + " : " + model.Type.FullyQualified + SignatureText.Constraints(model.TypeParameters));
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
    /// call would be ambiguous between the two (CS0121); nor is it in a nested legacy class (CS1109).
    /// </summary>
    private static void WriteStaticForwarders(SourceWriter writer, CanonicalTypeModel model, LegacyTypeModel legacy, CompilationFacts facts)
    {
        bool plainMethods = legacy.Namespace.Replace("@", string.Empty) == model.Type.Namespace || !legacy.ContainingTypes.IsEmpty;
        IEnumerable<MemberModel> members = plainMethods
            ? model.StaticMembers.Select(m => IsExtension(m) ? WithoutThis((MethodModel)m) : m)
            : model.StaticMembers;
        AttributeModel[] obsolete = [ObsoleteAttribute(model, legacy, facts)];
        MemberWriter.WriteAll(
            writer,
            members,
            new ForwardingContext(Instance: null, model.Type.FullyQualified, facts),
            member => !plainMethods && IsExtension(member) ? obsolete : []);
        if (model.Renamed is { InShim.IsEmpty: false } renamed)
        {
            writer.WriteLine();
            MemberWriter.WriteAll(
                writer,
                renamed.InShim.Select(m => plainMethods && IsExtension(m) ? WithoutThis((MethodModel)m) : m),
                new ForwardingContext(Instance: null, model.Type.FullyQualified, facts),
                RenamedObsolete(model, facts));
        }
    }

    /// <summary>The <c>[Obsolete]</c> of each forwarder under a legacy member name (<c>[LegacyName]</c>).</summary>
    public static System.Func<MemberModel, IEnumerable<AttributeModel>> RenamedObsolete(CanonicalTypeModel model, CompilationFacts facts) =>
        member => [ObsoleteAttribute(model, model.Renamed!.MessageOf(member.Head), facts)];

    private static bool IsExtension(MemberModel member) => member is MethodModel { Parameters: { IsEmpty: false } parameters } && parameters[0].IsThis;

    private static MethodModel WithoutThis(MethodModel method) =>
        method with { Parameters = new[] { method.Parameters[0] with { IsThis = false } }.Concat(method.Parameters.Skip(1)).ToEquatableArray() };

    private static AttributeModel ObsoleteAttribute(CanonicalTypeModel model, LegacyTypeModel legacy, CompilationFacts facts) =>
        ObsoleteAttribute(model, legacy.Message, facts);

    /// <summary>The <c>[Obsolete]</c> of a legacy name: the canonical type's diagnostic ID, help link and severity, with the given message.</summary>
    public static AttributeModel ObsoleteAttribute(CanonicalTypeModel model, string message, CompilationFacts facts)
    {
        var named = new List<NamedArgumentModel>();
        if (facts.ObsoleteHasDiagnosticId)
        {
            named.Add(new NamedArgumentModel("DiagnosticId", ConstantModel.Primitive(model.Obsolete.DiagnosticId)));
            if (model.Obsolete.UrlFormat is { } url)
            {
                named.Add(new NamedArgumentModel("UrlFormat", ConstantModel.Primitive(url)));
            }
        }

        return new AttributeModel(
            "global::System.ObsoleteAttribute",
            Target: null,
            new EquatableArray<ConstantModel>([ConstantModel.Primitive(message), ConstantModel.Primitive(model.Obsolete.IsError)]),
            named.ToEquatableArray());
    }

    private static void WriteAttributes(SourceWriter writer, CanonicalTypeModel model, LegacyTypeModel legacy, CompilationFacts facts)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The legacy name of <see cref=\"" + CrefOf(model) + "\"/>, kept so that old code compiles and is reported.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(SignatureText.Attribute(ObsoleteAttribute(model, legacy, facts)));
        writer.WriteLine(GeneratedFile.HiddenAttribute);
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
    }

    private static string DeclarationOf(ContainingTypeModel outer) => outer.Kind switch
    {
        // Always public: shims of public and internal types may share it, and its parts may not disagree (CS0262);
        // the shims inside keep their own accessibility.
        ContainingTypeKind.Holder => "public static partial class " + outer.Name,
        ContainingTypeKind.Struct => "partial struct " + outer.Name,
        ContainingTypeKind.Interface => "partial interface " + outer.Name,
        ContainingTypeKind.RecordClass => "partial record " + outer.Name,
        ContainingTypeKind.RecordStruct => "partial record struct " + outer.Name,
        _ => "partial class " + outer.Name,
    };

    /// <summary>A cref to the canonical type: generic types use the brace form a cref needs.</summary>
    private static string CrefOf(CanonicalTypeModel model) => model.Type.FullyQualified.Replace('<', '{').Replace('>', '}');

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
