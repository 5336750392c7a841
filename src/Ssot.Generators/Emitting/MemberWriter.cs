using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>Writes forwarding members: each member of the shim calls the same member of the canonical type or instance.</summary>
internal static class MemberWriter
{
    /// <summary>Writes every member, a blank line before each (and after whatever an instance shim wrote before them).</summary>
    /// <param name="extraAttributes">Attributes a member's forwarder carries beyond its own (the obsolete mark of an extension forwarder), or none.</param>
    public static void WriteAll(SourceWriter writer, IEnumerable<MemberModel> members, ForwardingContext context, System.Func<MemberModel, IEnumerable<AttributeModel>>? extraAttributes = null)
    {
        bool first = true;
        foreach (MemberModel member in members)
        {
            if (!first || context.Instance is not null)
            {
                writer.WriteLine();
            }

            first = false;

            // [Experimental] on the forwarder makes its call legal, unless the member is [Obsolete] too (an extension
            // forwarder is): then obsolete wins, and only a pragma keeps the call from being an error.
            string experimental = member.Head.ExperimentalId;
            if (experimental.Length > 0)
            {
                writer.WriteLine("#pragma warning disable " + experimental);
            }

            if (member.Head.ExplicitInterface is null)
            {
                WriteInheritDoc(writer, member.Head.DocumentationId);
            }

            IEnumerable<AttributeModel> attributes = (extraAttributes?.Invoke(member) ?? []).Concat(member.Head.Attributes);
            WriteAttributes(writer, member is MethodModel method ? attributes.Concat(method.ReturnAttributes) : attributes);
            if (member is OperatorModel @operator && context.Self is not null)
            {
                WriteOperator(writer, @operator, context);
            }
            else
            {
                WriteForwarder(writer, member, context);
            }

            if (experimental.Length > 0)
            {
                writer.WriteLine("#pragma warning restore " + experimental);
            }
        }
    }

    public static void WriteAttributes(SourceWriter writer, IEnumerable<AttributeModel> attributes)
    {
        string line = SignatureText.Attributes(attributes);
        if (line.Length > 0)
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>Points the forwarder's documentation at the canonical member's, for completion and for CS1591.</summary>
    public static void WriteInheritDoc(SourceWriter writer, string documentationId) =>
        writer.WriteLine(documentationId.Length > 0 ? "/// <inheritdoc cref=\"" + documentationId + "\"/>" : "/// <inheritdoc/>");

    private static void WriteForwarder(SourceWriter writer, MemberModel member, ForwardingContext context)
    {
        MemberHead head = member.Head;

        // A method type parameter named like the facade would capture its simple name.
        string? self = member is MethodModel { TypeParameters: var typeParameters } && typeParameters.Any(t => t.Name.TrimStart('@') == context.SelfName?.TrimStart('@'))
            ? context.QualifiedSelf ?? context.Self
            : context.Self;

        // A parameter named like the facade's field would hide it.
        string? field = context.Instance is { } instance && ParametersOf(member).Any(p => p.Name == instance) ? "this." + instance : context.Instance;
        string target = head.ExplicitInterface is { } @interface
            ? "((" + @interface + ")" + field + ")"
            : head.IsStatic || field is null ? context.CanonicalType : field;
        string hides = context.HidesInherited ? "new " : string.Empty;
        string modifiers = head.ExplicitInterface is not null ? string.Empty : SignatureText.Access(head.Access) + " " + (head.IsStatic ? "static " : string.Empty) + hides
            + (IsRequired(head, context) ? "required " : string.Empty);
        string name = head.ExplicitInterface is { } explicitInterface ? explicitInterface + "." + head.Name : head.Name;
        switch (member)
        {
            case MethodModel method:
                string typeArguments = TypeArgumentList(method.TypeParameters);
                writer.WriteLine(modifiers + SignatureText.RefReturn(method.RefReturn) + SignatureText.Type(method.ReturnType, self) + " " + name + typeArguments
                    + "(" + SignatureText.ParameterList(method.Parameters, self) + ")" + SignatureText.Constraints(method.TypeParameters));
                string call = target + "." + head.CallName + typeArguments + "(" + SignatureText.ArgumentList(method.Parameters, context.ForgiveNullSelf) + ")";
                writer.WriteLine("    => " + (method.RefReturn == RefReturn.ByValue ? string.Empty : "ref ")
                    + SignatureText.Converted(call, method.ReturnType, context.ForgiveNullSelf) + ";");
                break;

            case PropertyModel property:
                string access = property.IsIndexer
                    ? target + "[" + SignatureText.ArgumentList(property.Parameters, context.ForgiveNullSelf) + "]"
                    : target + "." + head.CallName;
                string declared = property.IsIndexer ? name + "[" + SignatureText.ParameterList(property.Parameters, self) + "]" : name;
                WriteProperty(
                    writer,
                    new PropertyShape(modifiers + SignatureText.RefReturn(property.RefReturn), SignatureText.Type(property.Type, self), declared, property.RefReturn, property.Getter, property.Setter, property.IsInit, InitReachable: !property.IsIndexer)
                    {
                        ForgiveNull = context.ForgiveNullSelf && property.Type is { IsSelf: true, IsNullable: true },
                        ValueType = SignatureText.Type(property.Type, context.CanonicalType),
                    },
                    access,
                    head,
                    context);
                break;

            case FieldModel { IsConst: true } constant:
                writer.WriteLine(SignatureText.Access(head.Access) + " " + hides + "const " + SignatureText.Type(constant.Type, self) + " " + head.Name + " = " + context.CanonicalType + "." + head.Name + ";");
                break;

            // A static read-only field is copied once: old binaries read a field of the legacy type, and it holds the
            // same object (or value) as the canonical field.
            case FieldModel { IsReadOnly: true, Head.IsStatic: true } staticField:
                writer.WriteLine(modifiers + "readonly " + SignatureText.Type(staticField.Type, self) + " " + name + " = "
                    + SignatureText.Converted(context.CanonicalType + "." + head.Name, staticField.Type, context.ForgiveNullSelf) + ";");
                break;

            case FieldModel canonicalField:
                // A field cannot forward: it is a property over the canonical field.
                WriteProperty(
                    writer,
                    new PropertyShape(modifiers, SignatureText.Type(canonicalField.Type, self), name, RefReturn.ByValue, AccessorAccess.AsMember, canonicalField.IsReadOnly ? AccessorAccess.None : AccessorAccess.AsMember, IsInit: false, InitReachable: false)
                    {
                        ForgiveNull = context.ForgiveNullSelf && canonicalField.Type is { IsSelf: true, IsNullable: true },
                    },
                    target + "." + head.Name,
                    head,
                    context);
                break;

            case EventModel { SenderArity: > 0 } @event when head.ExplicitInterface is null && !head.IsStatic:
                WriteSenderEvent(writer, @event, modifiers + "event " + @event.Type.Text + " " + name, target, context.Names!);
                break;

            case EventModel @event:
                writer.OpenBlock(modifiers + "event " + @event.Type.Text + " " + name);
                writer.WriteLine("add => " + target + "." + head.CallName + " += value;");
                writer.WriteLine("remove => " + target + "." + head.CallName + " -= value;");
                writer.CloseBlock();
                break;
        }
    }

    /// <summary>
    /// Whether the facade declares the member <c>required</c> too, so that callers who create the legacy type set it as
    /// they had to (where it cannot, its constructors still let them set it).
    /// </summary>
    public static bool IsRequired(MemberHead head, ForwardingContext context) =>
        head.IsRequired && context.Instance is not null && context.Facts.CanDeclareRequired;

    private static IEnumerable<ParameterModel> ParametersOf(MemberModel member) => member switch
    {
        MethodModel method => method.Parameters,
        PropertyModel property => property.Parameters,
        _ => [],
    };

    /// <summary>Writes a forwarded operator: each operand that is the facade is converted to the canonical type; the result converts back implicitly.</summary>
    private static void WriteOperator(SourceWriter writer, OperatorModel member, ForwardingContext context)
    {
        string canonicalType = context.CanonicalType;
        string self = context.Self!;
        string[] operands = member.Parameters
            .Select(p => p.Type.IsSelf ? "((" + canonicalType + (p.Type.IsNullable ? "?" : string.Empty) + ")" + SignatureText.Converted(p.Name, p.Type, context.ForgiveNullSelf) + ")" : p.Name)
            .ToArray();
        string expression = operands.Length == 1
            ? member.Head.Name + operands[0]
            : operands[0] + " " + member.Head.Name + " " + operands[1];
        writer.WriteLine("public static " + SignatureText.Type(member.ReturnType, self) + " operator " + member.Head.Name + "(" + SignatureText.ParameterList(member.Parameters, self) + ")");
        writer.WriteLine("    => " + expression + ";");
    }

    /// <summary>
    /// Writes an event whose handlers take a sender: they are wrapped so that, raised by the canonical instance, they
    /// see this facade as the sender, as code compiled against the old type expects (a cast of the sender to it works).
    /// </summary>
    private static void WriteSenderEvent(SourceWriter writer, EventModel member, string declaration, string target, FacadeNames names)
    {
        string type = member.Type.Text;
        string handlerType = type.EndsWith("?", System.StringComparison.Ordinal) ? type.Substring(0, type.Length - 1) : type;
        string handlers = names.HandlersField(member.Head.Name);
        string[] parameters = Enumerable.Range(0, member.SenderArity).Select(i => "p" + i).ToArray();
        string arguments = "p0 == (object)" + target + " ? this : p0" + string.Concat(parameters.Skip(1).Select(p => ", " + p));

        writer.OpenBlock(declaration);
        writer.OpenBlock("add");
        writer.OpenBlock("if (value != null)");
        writer.WriteLine(handlerType + " handler = value;");
        writer.WriteLine(target + "." + member.Head.CallName + " += " + handlers + ".Add(value, (" + handlerType + ")((" + string.Join(", ", parameters) + ") => handler(" + arguments + ")));");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("remove");
        writer.OpenBlock("if (value != null && " + handlers + ".Remove(value) is " + handlerType + " forwarded)");
        writer.WriteLine(target + "." + member.Head.CallName + " -= forwarded;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>What a forwarded property (or a field forwarded as one) is declared with.</summary>
    /// <param name="Modifiers">Accessibility, <c>static</c> and <c>ref</c>, each with a trailing space.</param>
    /// <param name="InitReachable">Whether an <c>init</c> accessor could be reached through the runtime's accessor (not an indexer's).</param>
    private sealed record PropertyShape(string Modifiers, string Type, string Name, RefReturn RefReturn, AccessorAccess Getter, AccessorAccess Setter, bool IsInit, bool InitReachable)
    {
        public string Declaration => Modifiers + Type + " " + Name;

        /// <summary>The type the canonical accessor takes (the canonical type where the facade says itself).</summary>
        public string ValueType { get; init; } = Type;

        /// <summary>Whether a nullable facade value meets a conversion that cannot be annotated (see <see cref="SignatureText.ArgumentList"/>).</summary>
        public bool ForgiveNull { get; init; }

        public string Bang => ForgiveNull ? "!" : string.Empty;
    }

    private static void WriteProperty(SourceWriter writer, PropertyShape property, string access, MemberHead head, ForwardingContext context)
    {
        if (property.RefReturn != RefReturn.ByValue)
        {
            writer.WriteLine(property.Declaration + " => ref " + access + ";");
            return;
        }

        // An init accessor of another object cannot be called from C#: the runtime's accessor reaches it, or reflection.
        bool forwardsInit = property.IsInit && property.InitReachable && !head.IsStatic && head.ExplicitInterface is null && context.InstanceRef is not null;
        bool hasSetter = property.Setter != AccessorAccess.None && (!property.IsInit || forwardsInit);
        if (property.Getter != AccessorAccess.None && !hasSetter)
        {
            writer.WriteLine(property.Declaration + " => " + access + property.Bang + ";");
            return;
        }

        writer.OpenBlock(property.Declaration);
        if (property.Getter != AccessorAccess.None)
        {
            writer.WriteLine(SignatureText.Accessor(property.Getter) + "get => " + access + property.Bang + ";");
        }

        if (hasSetter && property.IsInit)
        {
            writer.WriteLine(SignatureText.Accessor(property.Setter) + "init => " + context.Names!.InitAccessor(head.Name) + "(" + context.InstanceRef + ", value" + property.Bang + ");");
        }
        else if (hasSetter)
        {
            writer.WriteLine(SignatureText.Accessor(property.Setter) + "set => " + access + " = value" + property.Bang + ";");
        }

        writer.CloseBlock();
        if (hasSetter && property.IsInit)
        {
            writer.WriteLine();
            WriteInitAccessor(writer, property, head, context);
        }
    }

    /// <summary>
    /// The method that runs the canonical <c>init</c> accessor on the wrapped instance: the runtime's accessor where the
    /// target has one that reaches the type (.NET 8; .NET 9 for a generic type), reflection before that.
    /// </summary>
    private static void WriteInitAccessor(SourceWriter writer, PropertyShape property, MemberHead head, ForwardingContext context)
    {
        bool isStruct = context.InstanceRef!.StartsWith("ref ", System.StringComparison.Ordinal);
        string receiver = isStruct ? "ref " + context.CanonicalType : context.CanonicalType;
        string declaration = "private static " + (context.Facts.HasUnsafeAccessor && (!context.CanonicalType.Contains("<") || context.Facts.HasGenericUnsafeAccessor) ? "extern " : string.Empty)
            + "void " + context.Names!.InitAccessor(head.Name) + "(" + receiver + " canonical, " + property.ValueType + " value)";
        if (declaration.Contains(" extern "))
        {
            writer.WriteLine("[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"set_" + head.CallName.TrimStart('@') + "\")]");
            writer.WriteLine(declaration + ";");
            return;
        }

        const string Reflection = "global::System.Reflection.";
        writer.OpenBlock(declaration);
        string instance = "canonical";
        if (isStruct)
        {
            // Reflection sets the property on a boxed copy, which is copied back.
            writer.WriteLine("object boxed = canonical;");
            instance = "boxed";
        }

        writer.OpenBlock("try");
        writer.WriteLine("typeof(" + context.CanonicalType + ").GetProperty(\"" + head.CallName.TrimStart('@') + "\", " + Reflection + "BindingFlags.Instance | " + Reflection + "BindingFlags.Public | "
            + Reflection + "BindingFlags.NonPublic, null, null, global::System.Type.EmptyTypes, null)" + (context.Facts.SupportsNullable ? "!" : string.Empty) + ".SetValue(" + instance + ", value);");
        writer.CloseBlock();

        // Reflection wraps what the accessor throws: the caller sees it as the accessor threw it.
        writer.OpenBlock("catch (" + Reflection + "TargetInvocationException exception) when (exception.InnerException != null)");
        writer.WriteLine("global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();");
        writer.WriteLine("throw;");
        writer.CloseBlock();
        if (isStruct)
        {
            writer.WriteLine();
            writer.WriteLine("canonical = (" + context.CanonicalType + ")boxed;");
        }

        writer.CloseBlock();
    }

    private static string TypeArgumentList(Helpers.EquatableArray<TypeParameterModel> typeParameters) =>
        typeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", typeParameters.Select(t => t.Name)) + ">";
}
