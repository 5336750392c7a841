using System.Linq;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>
/// Writes a facade shim: a sealed type holding one canonical instance, mirroring its constructors, forwarding its
/// members and interfaces, and converting both ways without copying.
/// </summary>
internal static class FacadeEmitter
{
    public static void Write(SourceWriter writer, CanonicalTypeModel model, LegacyTypeModel legacy, string accessibility, string typeParameters, CompilationFacts facts)
    {
        FacadeModel facade = model.Facade!;
        string canonical = model.Type.FullyQualified;
        string self = legacy.Name + typeParameters;
        string objectType = facts.SupportsNullable ? "object?" : "object";
        string interfaces = facade.Interfaces.IsEmpty ? string.Empty : " : " + string.Join(", ", facade.Interfaces);
        FacadeNames names = NamesOf(model, legacy);
        string field = names.CanonicalField;
        string table = names.StaticsClass + "." + FacadeNames.TableField;

        // The facade of a record class is a record, so that 'with' works on it as it did on the old record.
        bool isRecord = model.IsRecord && !facade.IsStruct;
        writer.OpenBlock(accessibility + (facade.IsStruct ? " struct " : isRecord ? " sealed record " : " sealed class ") + self + interfaces + SignatureText.Constraints(model.TypeParameters));

        if (!facade.IsStruct)
        {
            writer.WriteLine("private readonly " + canonical + " " + field + ";");
            foreach (MemberModel senderEvent in SenderEvents(facade).Concat(RenamedSenderEvents(model)))
            {
                writer.WriteLine();
                writer.WriteLine("private readonly " + names.HandlersClass + " " + names.HandlersField(senderEvent.Head.Name) + " = new " + names.HandlersClass + "();");
            }
        }
        else
        {
            // Not readonly: members that mutate the held struct must mutate this copy, not a defensive one.
            writer.WriteLine("private " + canonical + " " + field + ";");
        }

        // Without NotNullIfNotNull the class facade's conversions take and give non-nullable values.
        bool forgiveNullSelf = !facade.IsStruct && facts.SupportsNullable && !facts.HasNotNullIfNotNull;
        var constructors = new FacadeConstructorWriter(writer, model, self, legacy.FullyQualified, names, facts);
        for (int i = 0; i < facade.Constructors.Count; i++)
        {
            ConstructorModel constructor = facade.Constructors[i];
            writer.WriteLine();

            // Mirrored with the canonical constructor's own accessibility, which a sealed type warns about (CS0628).
            bool isProtected = constructor.Access is Access.Protected or Access.ProtectedInternal or Access.PrivateProtected;
            if (isProtected)
            {
                writer.WriteLine("#pragma warning disable CS0628");
            }

            bool setsRequired = constructor.SetsRequiredMembers;
            WithoutUnsetRequiredWarning(writer, setsRequired && facts.SupportsNullable, () =>
            {
                MemberWriter.WriteInheritDoc(writer, constructor.DocumentationId);
                MemberWriter.WriteAttributes(writer, constructor.Attributes);
                constructors.Write(constructor, legacy.Name, i);
            });
            if (isProtected)
            {
                writer.WriteLine("#pragma warning restore CS0628");
            }
        }

        // Wrapping an instance sets every required member: it is the canonical instance's own.
        var context = new ForwardingContext(field, canonical, facts, facade.IsStruct ? "ref " + field : field, self, legacy.Name, legacy.FullyQualified, ForgiveNullSelf: forgiveNullSelf, Names: names);
        bool hasRequired = facade.Members.Any(m => MemberWriter.IsRequired(m.Head, context));
        writer.WriteLine();
        WithoutUnsetRequiredWarning(writer, hasRequired && facts.SupportsNullable, () =>
        {
            if (hasRequired)
            {
                writer.WriteLine("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
            }

            writer.OpenBlock("private " + legacy.Name + "(" + canonical + " " + FacadeNames.WrappedParameter + ")");
            writer.WriteLine(field + " = " + FacadeNames.WrappedParameter + ";");
            writer.CloseBlock();
        });

        if (isRecord && !facade.Constructors.Any(IsCopyConstructor))
        {
            // 'with' clones through the copy constructor: the clone wraps a clone of the canonical record, never the same one.
            writer.WriteLine();
            WithoutUnsetRequiredWarning(writer, hasRequired && facts.SupportsNullable, () =>
            {
                if (hasRequired)
                {
                    writer.WriteLine("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
                }

                writer.OpenBlock("private " + legacy.Name + "(" + self + " original)");
                writer.WriteLine(field + " = original." + field + " with { };");
                writer.WriteLine(table + ".Add(" + field + ", this);");

                // A record's copy constructor runs no field initializers: the copy pairs its own handlers.
                foreach (MemberModel senderEvent in SenderEvents(facade).Concat(RenamedSenderEvents(model)))
                {
                    writer.WriteLine(names.HandlersField(senderEvent.Head.Name) + " = new " + names.HandlersClass + "();");
                }
                writer.CloseBlock();
            });
        }

        MemberWriter.WriteAll(writer, facade.Members, context);
        if (model.Renamed is { } renamed)
        {
            MemberWriter.WriteAll(writer, renamed.InShim, context, ShimEmitter.RenamedObsolete(model, facts));
        }

        constructors.WriteHelpers();

        // Equal when the wrapped instances are: symmetric, since a canonical instance never equals a facade. (A record
        // declares Equals(object) itself, calling the Equals it forwards.)
        if (!isRecord)
        {
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine("public override bool Equals(" + objectType + " obj) => obj is " + self + " other && " + field + ".Equals(other." + field + ");");
        }

        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public override int GetHashCode() => " + field + ".GetHashCode();");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public override string" + (facts.SupportsNullable ? "?" : string.Empty) + " ToString() => " + field + ".ToString();");

        writer.WriteLine();
        if (facade.IsStruct)
        {
            writer.WriteLine("/// <summary>A copy of the canonical value this facade holds.</summary>");
            writer.WriteLine("public static implicit operator " + canonical + "(" + self + " legacy) => legacy." + field + ";");
            writer.WriteLine();
            writer.WriteLine("/// <summary>A facade holding a copy of the canonical value.</summary>");
            writer.WriteLine("public static implicit operator " + self + "(" + canonical + " canonical) => new " + self + "(canonical);");
        }
        else
        {
            // Annotated only where NotNullIfNotNull can say that a non-null argument gives a non-null result.
            bool annotate = facts.SupportsNullable && facts.HasNotNullIfNotNull;
            string optional = annotate ? "?" : string.Empty;
            string nothing = facts.SupportsNullable && !annotate ? "null!" : "null";
            writer.WriteLine("/// <summary>The canonical instance this facade wraps: the very same object, never a copy.</summary>");
            WriteNotNullIfNotNull(writer, annotate, "legacy");
            writer.WriteLine("public static implicit operator " + canonical + optional + "(" + self + optional + " legacy) => legacy is null ? " + nothing + " : legacy." + field + ";");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The facade of a canonical instance: one per instance, created on first use.</summary>");
            WriteNotNullIfNotNull(writer, annotate, "canonical");
            writer.WriteLine("public static implicit operator " + self + optional + "(" + canonical + optional + " canonical) =>");
            writer.WriteLine("    canonical is null ? " + nothing + " : " + table + ".GetValue(canonical, c => new " + self + "(c));");
        }

        if (SenderEvents(facade).Concat(RenamedSenderEvents(model)).Any())
        {
            writer.WriteLine();
            WriteHandlersClass(writer, names.HandlersClass, facts);
        }

        if (!facade.IsStruct || constructors.HasFields)
        {
            writer.WriteLine();
            WriteStaticsClass(writer, names.StaticsClass, facade.IsStruct ? null : canonical + ", " + self, constructors);
        }

        writer.CloseBlock();
    }

    /// <summary>
    /// The facade's own static state, in a class of its own: the conversions and constructors reach it without running
    /// the facade's static initializer, which copies the canonical type's static read-only fields. Were the table a
    /// field of the facade, converting 'this' inside the canonical type's static constructor (a static field initialized
    /// with an instance whose constructor passes itself as the old name) would copy those fields while still unset.
    /// </summary>
    private static void WriteStaticsClass(SourceWriter writer, string name, string? tableArguments, FacadeConstructorWriter constructors)
    {
        writer.OpenBlock("private static class " + name);
        if (tableArguments is not null)
        {
            // One facade per canonical instance, so a round trip through the canonical type gives back the same facade.
            string tableType = "global::System.Runtime.CompilerServices.ConditionalWeakTable<" + tableArguments + ">";
            writer.WriteLine("internal static readonly " + tableType + " " + FacadeNames.TableField + " = new " + tableType + "();");
        }

        constructors.WriteFields();
        writer.CloseBlock();
    }

    /// <summary>The facade's private names, none of them a name the facade also declares (a forwarded member, its own name, a type parameter, a constructor's parameter).</summary>
    public static FacadeNames NamesOf(CanonicalTypeModel model, LegacyTypeModel legacy) =>
        FacadeNames.For(model.Facade!.Members.Concat(model.Renamed?.InShim ?? []).Where(m => m.Head.ExplicitInterface is null).Select(m => m.Head.Name)
            .Concat(model.TypeParameters.Select(t => t.Name))

            // A constructor's parameter would hide a private member its body calls.
            .Concat(model.Facade.Constructors.SelectMany(c => c.Parameters).Select(p => p.Name))
            .Append(legacy.Name));

    private static System.Collections.Generic.IEnumerable<MemberModel> RenamedSenderEvents(CanonicalTypeModel model) =>
        model.Facade!.IsStruct || model.Renamed is null
            ? []
            : model.Renamed.InShim.Where(m => m is EventModel { SenderArity: > 0 } && !m.Head.IsStatic);

    /// <summary>A mirrored constructor that takes the facade itself, by value: a record's copy constructor.</summary>
    private static bool IsCopyConstructor(ConstructorModel constructor) =>
        constructor.Parameters.Count == 1 && constructor.Parameters[0] is { Type.IsSelf: true, RefKind: ParameterRefKind.None };

    private static System.Collections.Generic.IEnumerable<MemberModel> SenderEvents(FacadeModel facade) =>
        facade.IsStruct
            ? []
            : facade.Members.Where(m => m is EventModel { SenderArity: > 0 } && !m.Head.IsStatic && m.Head.ExplicitInterface is null);

    /// <summary>Writes the small class that pairs each handler added through the facade with the handler that forwards to it.</summary>
    private static void WriteHandlersClass(SourceWriter writer, string handlersClass, CompilationFacts facts)
    {
        const string Pair = "global::System.Collections.Generic.KeyValuePair<global::System.Delegate, global::System.Delegate>";
        writer.WriteLine("/// <summary>Pairs each handler added through the facade with the handler that forwards to it.</summary>");
        writer.OpenBlock("private sealed class " + handlersClass);
        writer.WriteLine("private readonly global::System.Collections.Generic.List<" + Pair + "> _pairs = new global::System.Collections.Generic.List<" + Pair + ">();");
        writer.WriteLine();
        writer.OpenBlock("public " + FacadeNames.HandlerTypeParameter + " Add<" + FacadeNames.HandlerTypeParameter + ">(global::System.Delegate handler, " + FacadeNames.HandlerTypeParameter + " forwarded) where " + FacadeNames.HandlerTypeParameter + " : global::System.Delegate");
        writer.OpenBlock("lock (_pairs)");
        writer.WriteLine("_pairs.Add(new " + Pair + "(handler, forwarded));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return forwarded;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("public global::System.Delegate" + (facts.SupportsNullable ? "?" : string.Empty) + " Remove(global::System.Delegate handler)");
        writer.OpenBlock("lock (_pairs)");
        writer.OpenBlock("for (int i = _pairs.Count - 1; i >= 0; i--)");
        writer.OpenBlock("if (_pairs[i].Key.Equals(handler))");
        writer.WriteLine("global::System.Delegate forwarded = _pairs[i].Value;");
        writer.WriteLine("_pairs.RemoveAt(i);");
        writer.WriteLine("return forwarded;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return null;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>
    /// Writes a constructor that says it sets the required members: the forwarding properties it would set have no
    /// storage of their own (the canonical instance's constructor sets them), which nullable analysis cannot see (CS8618).
    /// </summary>
    private static void WithoutUnsetRequiredWarning(SourceWriter writer, bool setsRequired, System.Action write)
    {
        if (setsRequired)
        {
            writer.WriteLine("#pragma warning disable CS8618");
        }

        write();
        if (setsRequired)
        {
            writer.WriteLine("#pragma warning restore CS8618");
        }
    }

    private static void WriteNotNullIfNotNull(SourceWriter writer, bool annotate, string parameter)
    {
        if (annotate)
        {
            writer.WriteLine("[return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(\"" + parameter + "\")]");
        }
    }
}
