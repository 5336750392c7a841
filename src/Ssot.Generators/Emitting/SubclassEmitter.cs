using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>
/// Writes a subclass shim: <c>class Legacy : Canonical</c> mirroring the constructors a derived class can call, and
/// redeclaring the static members, which old binaries reach through the legacy name.
/// </summary>
internal static class SubclassEmitter
{
    public static void Write(SourceWriter writer, CanonicalTypeModel model, LegacyTypeModel legacy, string accessibility, string typeParameters, CompilationFacts facts)
    {
        string modifiers = model.Kind == CanonicalKind.AbstractClass ? " abstract" : string.Empty;
        writer.OpenBlock(accessibility + modifiers + (model.IsRecord ? " record " : " class ") + legacy.Name + typeParameters + " : " + model.Type.FullyQualified + SignatureText.Constraints(model.TypeParameters));
        bool first = true;
        foreach (ConstructorModel constructor in model.SubclassConstructors)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            MemberWriter.WriteInheritDoc(writer, constructor.DocumentationId);
            MemberWriter.WriteAttributes(writer, constructor.Attributes);
            writer.WriteLine(SignatureText.Access(constructor.Access) + " " + legacy.Name + "(" + SignatureText.ParameterList(constructor.Parameters) + ")");
            writer.WriteLine("    : base(" + SignatureText.ArgumentList(constructor.Parameters) + ")");
            writer.WriteLine("{");
            writer.WriteLine("}");
        }

        if (!model.StaticMembers.IsEmpty && !first)
        {
            writer.WriteLine();
        }

        MemberWriter.WriteAll(writer, model.StaticMembers, new ForwardingContext(Instance: null, model.Type.FullyQualified, facts, HidesInherited: true));
        if (model.Renamed is { } renamed)
        {
            // An instance member under its old name calls the member on this very object (a legacy override included).
            MemberWriter.WriteAll(writer, renamed.InShim, new ForwardingContext(Instance: "this", model.Type.FullyQualified, facts), ShimEmitter.RenamedObsolete(model, facts));
        }

        writer.CloseBlock();
    }
}
