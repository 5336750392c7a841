using System.Linq;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>Writes a subclass shim: <c>class Legacy : Canonical</c> mirroring the constructors a derived class can call.</summary>
internal static class SubclassEmitter
{
    public static void Write(SourceWriter writer, CanonicalTypeModel model, LegacyTypeModel legacy, string accessibility, string typeParameters)
    {
        string modifiers = model.Kind == CanonicalKind.AbstractClass ? " abstract" : string.Empty;
        writer.OpenBlock(accessibility + modifiers + (model.IsRecord ? " record " : " class ") + legacy.Name + typeParameters + " : " + model.Type.FullyQualified + ShimEmitter.Constraints(model.TypeParameters));
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
            writer.WriteLine(constructor.Accessibility + " " + legacy.Name + "(" + MemberWriter.ParameterList(constructor.Parameters) + ")");
            writer.WriteLine("    : base(" + MemberWriter.ArgumentList(constructor.Parameters) + ")");
            writer.WriteLine("{");
            writer.WriteLine("}");
        }

        writer.CloseBlock();
    }
}
