using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>
/// Writes the file of a canonical type's legacy member names (<c>[LegacyName]</c>): the metadata entries the analyzers
/// find them by, and the obsolete extension methods that let code reaching the canonical type itself (through the
/// alias) still call an instance method by its old name. The shims' own forwarders are written with each shim.
/// </summary>
internal static class LegacyMemberEmitter
{
    private const string Receiver = "ssotReceiver";

    public static string HintName(CanonicalTypeModel model) => "Ssot.LegacyNames." + model.Type.MetadataName.Replace('`', '_').Replace('+', '.') + ".g.cs";

    /// <summary>The class of extension forwarders: in the global namespace, so that every file sees them whatever it imports.</summary>
    public static string ExtensionClassName(CanonicalTypeModel model)
    {
        var name = new StringBuilder("SsotLegacyNamesOf_");
        foreach (char c in model.Type.MetadataName)
        {
            name.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return name.ToString();
    }

    public static string Emit(CanonicalTypeModel model, CompilationFacts facts)
    {
        RenamedMembers renamed = model.Renamed!;
        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, facts, model.Type.MetadataName);
        writer.WriteLine();
        string extensionClass = renamed.Extensions.IsEmpty ? string.Empty : ExtensionClassName(model);
        var written = new HashSet<string>();
        foreach (MemberHead head in renamed.InShim.Concat(renamed.Extensions).Select(m => m.Head))
        {
            var entry = new LegacyMemberEntry(model.Type.MetadataName, head.Name.TrimStart('@'), head.CallName.TrimStart('@'), extensionClass, model.Obsolete.DiagnosticId, model.Obsolete.IsError);
            if (written.Add(entry.Format()))
            {
                writer.WriteLine("[assembly: global::System.Reflection.AssemblyMetadata(" + Literal(LegacyMemberEntry.MetadataKey) + ", " + Literal(entry.Format()) + ")]");
            }
        }

        if (renamed.Extensions.IsEmpty)
        {
            return writer.ToString();
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>The old names of <see cref=\"" + model.Type.FullyQualified.Replace('<', '{').Replace('>', '}') + "\"/>'s methods, for code that reaches it through the legacy name's alias.</summary>");
        writer.WriteLine(GeneratedFile.HiddenAttribute);
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock((model.IsPublic ? "public" : "internal") + " static class " + extensionClass);
        bool first = true;
        foreach (MethodModel method in renamed.Extensions.OfType<MethodModel>())
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteExtension(writer, model, method, facts);
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteExtension(SourceWriter writer, CanonicalTypeModel model, MethodModel method, CompilationFacts facts)
    {
        MemberHead head = method.Head;
        if (head.ExperimentalId.Length > 0)
        {
            writer.WriteLine("#pragma warning disable " + head.ExperimentalId);
        }

        MemberWriter.WriteInheritDoc(writer, head.DocumentationId);
        IEnumerable<AttributeModel> attributes = new[] { ShimEmitter.ObsoleteAttribute(model, model.Renamed!.MessageOf(head), facts) }
            .Concat(head.Attributes)
            .Concat(method.ReturnAttributes);
        MemberWriter.WriteAttributes(writer, attributes);

        // The receiver of a struct is passed by reference, so a mutating method changes the caller's value, as the member does.
        EquatableArray<TypeParameterModel> typeParameters = model.TypeParameters.Concat(method.TypeParameters).ToEquatableArray();
        string receiver = "this " + (model.Kind == CanonicalKind.Struct ? "ref " : string.Empty) + model.Type.FullyQualified + " " + Receiver;
        string parameters = method.Parameters.IsEmpty ? receiver : receiver + ", " + SignatureText.ParameterList(method.Parameters);
        string typeArguments = method.TypeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(t => t.Name)) + ">";
        writer.WriteLine(SignatureText.Access(head.Access) + " static " + SignatureText.RefReturn(method.RefReturn) + SignatureText.Type(method.ReturnType, null) + " " + head.Name
            + SignatureText.TypeParameterList(typeParameters) + "(" + parameters + ")" + SignatureText.Constraints(typeParameters));
        writer.WriteLine("    => " + (method.RefReturn == RefReturn.ByValue ? string.Empty : "ref ") + Receiver + "." + head.CallName + typeArguments
            + "(" + SignatureText.ArgumentList(method.Parameters) + ");");

        if (head.ExperimentalId.Length > 0)
        {
            writer.WriteLine("#pragma warning restore " + head.ExperimentalId);
        }
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
