using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Parsing;

namespace Ssot.Generators.Emitting;

/// <summary>Writes forwarding members: each member of the shim calls the same member of the canonical type or instance.</summary>
internal static class MemberWriter
{
    /// <summary>Writes every member.</summary>
    /// <param name="instance">The expression of the canonical instance (<c>_canonical</c>), or <see langword="null"/> for a static forwarder.</param>
    /// <param name="canonicalType">The canonical type, fully qualified, that static members forward to.</param>
    /// <param name="self">The facade's own type, written where the model stands it in for the canonical type.</param>
    /// <param name="selfName">The facade's simple name, which a method type parameter of that name would capture.</param>
    /// <param name="qualifiedSelf">The facade's own type, fully qualified, for the members whose type parameters would capture <paramref name="self"/>.</param>
    public static void WriteAll(
        SourceWriter writer,
        EquatableArray<MemberModel> members,
        string? instance,
        string canonicalType,
        CompilationFacts facts,
        string? instanceRef = null,
        string? self = null,
        string? selfName = null,
        string? qualifiedSelf = null)
    {
        bool first = true;
        foreach (MemberModel model in members)
        {
            // A blank line between members, and after whatever the type wrote before them.
            if (!first || instance is not null)
            {
                writer.WriteLine();
            }

            first = false;

            // [Experimental] on the forwarder makes its call legal, unless the member is [Obsolete] too (an extension
            // forwarder is): then obsolete wins, and only a pragma keeps the call from being an error.
            if (model.ExperimentalId.Length > 0)
            {
                writer.WriteLine("#pragma warning disable " + model.ExperimentalId);
            }

            WriteInheritDoc(writer, model);
            WriteAttributes(writer, model.Attributes);
            if (model.Kind == MemberKind.Operator && self is not null)
            {
                WriteOperator(writer, model, canonicalType, self);
            }
            else
            {
                WriteForwarder(writer, model, instance, canonicalType, facts, instanceRef, self, selfName, qualifiedSelf);
            }

            if (model.ExperimentalId.Length > 0)
            {
                writer.WriteLine("#pragma warning restore " + model.ExperimentalId);
            }
        }
    }

    private static void WriteForwarder(
        SourceWriter writer,
        MemberModel model,
        string? instance,
        string canonicalType,
        CompilationFacts facts,
        string? instanceRef,
        string? self,
        string? selfName,
        string? qualifiedSelf)
    {
        MemberModel member = self is null
            ? model
            : WithSelf(model, model.TypeParameters.Any(t => t.Name == selfName) ? qualifiedSelf ?? self : self);

        // A parameter named like the facade's field would hide it.
        string? field = instance is not null && member.Parameters.Any(p => p.Name == instance) ? "this." + instance : instance;
        string target = member.ExplicitInterface is { } @interface
            ? "((" + @interface + ")" + field + ")"
            : member.IsStatic || field is null ? canonicalType : field;
        Write(writer, member, target, canonicalType, facts, instanceRef);
    }

    private static MemberModel WithSelf(MemberModel member, string self) => member with
    {
        Type = member.Type.Replace(FacadeTypeRenderer.Self, self),
        Parameters = member.Parameters.Select(p => p with { Type = p.Type.Replace(FacadeTypeRenderer.Self, self) }).ToEquatableArray(),
    };

    private static void Write(SourceWriter writer, MemberModel member, string target, string canonicalType, CompilationFacts facts, string? instanceRef)
    {
        string modifiers = Modifiers(member);
        string name = member.ExplicitInterface is { } @interface ? @interface + "." + member.Name : member.Name;
        switch (member.Kind)
        {
            case MemberKind.Method:
                string call = target + "." + member.Name + TypeArgumentList(member.TypeParameters) + "(" + ArgumentList(member.Parameters) + ")";
                writer.WriteLine(modifiers + member.ReturnRef + member.Type + " " + name + TypeArgumentList(member.TypeParameters)
                    + "(" + ParameterList(member.Parameters) + ")" + ShimEmitterConstraints(member.TypeParameters));
                writer.WriteLine("    => " + RefPrefix(member) + call + ";");
                break;

            case MemberKind.Property:
            case MemberKind.Indexer:
                string access = member.Kind == MemberKind.Indexer
                    ? target + "[" + ArgumentList(member.Parameters) + "]"
                    : target + "." + member.Name;
                string declaration = member.Kind == MemberKind.Indexer
                    ? name + "[" + ParameterList(member.Parameters) + "]"
                    : name;
                WriteProperty(writer, member, modifiers + member.ReturnRef + member.Type + " " + declaration, access, canonicalType, facts, instanceRef);
                break;

            case MemberKind.Event when member.SenderArity > 0 && member.ExplicitInterface is null && !member.IsStatic:
                WriteSenderEvent(writer, member, modifiers + "event " + member.Type + " " + name, target);
                break;

            case MemberKind.Event:
                writer.OpenBlock(modifiers + "event " + member.Type + " " + name);
                writer.WriteLine("add => " + target + "." + member.Name + " += value;");
                writer.WriteLine("remove => " + target + "." + member.Name + " -= value;");
                writer.CloseBlock();
                break;

            case MemberKind.Constant:
                writer.WriteLine(member.Accessibility + " const " + member.Type + " " + member.Name + " = " + canonicalType + "." + member.Name + ";");
                break;
        }
    }

    public static void WriteAttributes(SourceWriter writer, string attributes)
    {
        if (attributes.Length > 0)
        {
            writer.WriteLine(attributes.TrimEnd());
        }
    }

    /// <summary>Points the forwarder's documentation at the canonical member's, for completion and for CS1591.</summary>
    public static void WriteInheritDoc(SourceWriter writer, MemberModel member)
    {
        if (member.ExplicitInterface is null)
        {
            WriteInheritDoc(writer, member.DocumentationId);
        }
    }

    public static void WriteInheritDoc(SourceWriter writer, string documentationId) =>
        writer.WriteLine(documentationId.Length > 0 ? "/// <inheritdoc cref=\"" + documentationId + "\"/>" : "/// <inheritdoc/>");

    /// <summary>Writes a forwarded operator; <paramref name="member"/> still marks with the placeholder which operands are the facade.</summary>
    private static void WriteOperator(SourceWriter writer, MemberModel member, string canonicalType, string self)
    {
        // Each operand that is the facade is converted to the canonical type; the result converts back implicitly.
        string[] operands = member.Parameters
            .Select(p => p.Type.StartsWith(FacadeTypeRenderer.Self, System.StringComparison.Ordinal)
                ? "((" + canonicalType + (p.Type.EndsWith("?", System.StringComparison.Ordinal) ? "?" : string.Empty) + ")" + p.Name + ")"
                : p.Name)
            .ToArray();
        string expression = operands.Length == 1
            ? member.Name + operands[0]
            : operands[0] + " " + member.Name + " " + operands[1];
        writer.WriteLine("public static " + member.Type.Replace(FacadeTypeRenderer.Self, self) + " operator " + member.Name + "(" + ParameterList(member.Parameters, self) + ")");
        writer.WriteLine("    => " + expression + ";");
    }

    /// <summary>The field that pairs each handler added through the facade with the handler that forwards to it.</summary>
    public static string HandlersField(MemberModel member) => "_handlersOf" + member.Name.TrimStart('@');

    /// <summary>
    /// Writes an event whose handlers take a sender: they are wrapped so that, raised by the canonical instance, they
    /// see this facade as the sender, as code compiled against the old type expects (a cast of the sender to it works).
    /// </summary>
    private static void WriteSenderEvent(SourceWriter writer, MemberModel member, string declaration, string target)
    {
        string handlerType = member.Type.EndsWith("?", System.StringComparison.Ordinal) ? member.Type.Substring(0, member.Type.Length - 1) : member.Type;
        string handlers = HandlersField(member);
        string[] parameters = Enumerable.Range(0, member.SenderArity).Select(i => "p" + i).ToArray();
        string arguments = "p0 == (object)" + target + " ? this : p0" + string.Concat(parameters.Skip(1).Select(p => ", " + p));

        writer.OpenBlock(declaration);
        writer.OpenBlock("add");
        writer.OpenBlock("if (value != null)");
        writer.WriteLine(handlerType + " handler = value;");
        writer.WriteLine(target + "." + member.Name + " += " + handlers + ".Add(value, (" + handlerType + ")((" + string.Join(", ", parameters) + ") => handler(" + arguments + ")));");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("remove");
        writer.OpenBlock("if (value != null && " + handlers + ".Remove(value) is " + handlerType + " forwarded)");
        writer.WriteLine(target + "." + member.Name + " -= forwarded;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, MemberModel member, string declaration, string access, string canonicalType, CompilationFacts facts, string? instanceRef)
    {
        if (member.ReturnRef.Length > 0)
        {
            writer.WriteLine(declaration + " => ref " + access + ";");
            return;
        }

        bool canInit = member.SetterKeyword == "init" && facts.HasUnsafeAccessor && member.Kind == MemberKind.Property && !member.IsStatic
            && member.ExplicitInterface is null && instanceRef is not null && (!canonicalType.Contains("<") || facts.HasGenericUnsafeAccessor);
        bool hasSetter = member.Setter is not null && (member.SetterKeyword == "set" || canInit);
        if (member.Getter is not null && !hasSetter)
        {
            writer.WriteLine(declaration + " => " + access + ";");
            return;
        }

        writer.OpenBlock(declaration);
        if (member.Getter is not null)
        {
            writer.WriteLine(member.Getter + "get => " + access + ";");
        }

        if (hasSetter && member.SetterKeyword == "init")
        {
            // An init accessor of another object cannot be called from C#: the runtime's accessor reaches it.
            writer.WriteLine(member.Setter + "init => " + InitAccessorName(member) + "(" + instanceRef + ", value);");
        }
        else if (hasSetter)
        {
            writer.WriteLine(member.Setter + "set => " + access + " = value;");
        }

        writer.CloseBlock();
        if (hasSetter && member.SetterKeyword == "init")
        {
            writer.WriteLine();
            writer.WriteLine("[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"set_" + member.Name.TrimStart('@') + "\")]");
            string receiver = instanceRef!.StartsWith("ref ", System.StringComparison.Ordinal) ? "ref " + canonicalType : canonicalType;
            writer.WriteLine("private static extern void " + InitAccessorName(member) + "(" + receiver + " canonical, " + member.Type + " value);");
        }
    }

    private static string InitAccessorName(MemberModel member) => "SsotInit" + member.Name.TrimStart('@');

    private static string Modifiers(MemberModel member)
    {
        if (member.ExplicitInterface is not null)
        {
            return string.Empty;
        }

        return member.Accessibility + " " + (member.IsStatic ? "static " : string.Empty);
    }

    private static string RefPrefix(MemberModel member) => member.ReturnRef.Length > 0 ? "ref " : string.Empty;

    public static string ParameterList(IEnumerable<ParameterModel> parameters, string? self = null) =>
        string.Join(", ", parameters.Select(p => p.Attributes + p.Modifiers + (self is null ? p.Type : p.Type.Replace(FacadeTypeRenderer.Self, self)) + " " + p.Name
            + (p.DefaultValue is null ? string.Empty : " = " + p.DefaultValue)));

    public static string ArgumentList(IEnumerable<ParameterModel> parameters) =>
        string.Join(", ", parameters.Select(p => p.ArgumentModifier + p.Name));

    private static string TypeArgumentList(EquatableArray<TypeParameterModel> typeParameters) =>
        typeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", typeParameters.Select(t => t.Name)) + ">";

    private static string ShimEmitterConstraints(EquatableArray<TypeParameterModel> typeParameters) => ShimEmitter.Constraints(typeParameters);
}
