using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>
/// Writes the constructors a facade mirrors. A class facade registers the canonical instance as its own before the
/// canonical constructor runs, so a constructor that hands out <c>this</c> as the legacy type hands out this very facade:
/// one facade per canonical instance, whatever the order of construction and conversion. The constructor then runs on
/// that instance through the runtime's accessor, or by reflection where the target has no such accessor.
/// </summary>
internal sealed class FacadeConstructorWriter
{
    private const string RuntimeServices = "global::System.Runtime.CompilerServices.";

    private readonly SourceWriter _writer;
    private readonly string _canonical;
    private readonly string _self;
    private readonly string _qualifiedSelf;
    private readonly FacadeNames _names;
    private readonly CompilationFacts _facts;
    private readonly bool _isStruct;
    private readonly bool _canUseAccessor;
    private readonly List<string> _helpers = [];
    private readonly List<string> _fields = [];
    private readonly string _requiredInitializer;

    public FacadeConstructorWriter(SourceWriter writer, CanonicalTypeModel model, string self, string qualifiedSelf, FacadeNames names, CompilationFacts facts)
    {
        _names = names;
        _writer = writer;
        _canonical = model.Type.FullyQualified;
        _self = self;
        _qualifiedSelf = qualifiedSelf;
        _facts = facts;
        _isStruct = model.Facade!.IsStruct;

        // 'new' must set the canonical type's required members; the caller's initializer sets those the facade forwards
        // again through it (its forwarders are required too).
        string[] required = model.Facade.RequiredMembers.Select(name => name + " = default!").ToArray();
        _requiredInitializer = required.Length == 0 ? string.Empty : " { " + string.Join(", ", required) + " }";

        // The runtime's accessor reaches members of generic types from .NET 9 on.
        _canUseAccessor = facts.HasUnsafeAccessor && (model.TypeParameters.IsEmpty || facts.HasGenericUnsafeAccessor);
    }

    /// <summary>Writes one mirrored constructor; <paramref name="index"/> tells its helpers apart.</summary>
    public void Write(ConstructorModel constructor, string name, int index)
    {
        _writer.OpenBlock(SignatureText.Access(constructor.Access) + " " + name + "(" + SignatureText.ParameterList(constructor.Parameters, _self) + ")");

        // A parameter named like one of the facade's fields would hide it; the type's full name reaches the table even
        // where another parameter is named like the type.
        bool shadowed = constructor.Parameters.Any(p => p.Name == _names.CanonicalField || p.Name == _names.StaticsClass);
        string field = shadowed ? "this." + _names.CanonicalField : _names.CanonicalField;
        string statics = shadowed ? _qualifiedSelf + "." + _names.StaticsClass : _names.StaticsClass;
        string table = statics + "." + FacadeNames.TableField;
        if (_isStruct)
        {
            _writer.WriteLine(field + " = new " + _canonical + "(" + SignatureText.ArgumentList(constructor.Parameters) + ")" + RequiredInitializer(constructor) + ";");
        }
        else if (_canUseAccessor)
        {
            WriteRegisteredFirst(field, table);
            WriteGuarded(table, field, () => _writer.WriteLine(Accessor(constructor, index) + "(" + field + ArgumentsAfterInstance(constructor) + ");"));
        }
        else if (constructor.ParameterTypes is { } parameterTypes)
        {
            WriteRegisteredFirst(field, table);
            WriteByReflection(constructor, parameterTypes, field, statics, index);
        }
        else
        {
            // A ref struct cannot travel by reflection: the instance is made first, and a facade made for it while it was
            // made, if any, stays its facade.
            _writer.WriteLine(field + " = new " + _canonical + "(" + SignatureText.ArgumentList(constructor.Parameters, ForgiveNullSelf) + ")" + RequiredInitializer(constructor) + ";");
            _writer.WriteLine(table + ".GetValue(" + field + ", " + UniqueLocal(constructor, "ssotCanonical") + " => this);");
        }

        _writer.CloseBlock();
    }

    private string RequiredInitializer(ConstructorModel constructor) =>
        constructor.SetsRequiredMembers ? string.Empty : _requiredInitializer;

    /// <summary>Whether a constructor keeps a reflected constructor in the facade's statics class.</summary>
    public bool HasFields => _fields.Count > 0;

    /// <summary>
    /// Writes the reflected constructors the constructors use, in the facade's statics class: apart from the static
    /// read-only fields the facade redeclares, whose initializer may run the canonical type's static constructor, which
    /// may construct a facade.
    /// </summary>
    public void WriteFields() => WriteAll(_fields);

    /// <summary>Writes the accessors the constructors use, after the type's members.</summary>
    public void WriteHelpers() => WriteAll(_helpers);

    private void WriteAll(List<string> helpers)
    {
        foreach (string helper in helpers)
        {
            _writer.WriteLine();
            foreach (string line in helper.Split('\n'))
            {
                _writer.WriteLine(line);
            }
        }
    }

    private void WriteRegisteredFirst(string field, string table)
    {
        string uninitialized = _facts.HasRuntimeUninitializedObject
            ? RuntimeServices + "RuntimeHelpers.GetUninitializedObject"
            : "global::System.Runtime.Serialization.FormatterServices.GetUninitializedObject";
        _writer.WriteLine(field + " = (" + _canonical + ")" + uninitialized + "(typeof(" + _canonical + "));");
        _writer.WriteLine(table + ".Add(" + field + ", this);");
    }

    /// <summary>Runs the constructor call; if it throws, the half-made instance is no one's.</summary>
    private void WriteGuarded(string table, string field, System.Action call)
    {
        _writer.OpenBlock("try");
        call();
        _writer.CloseBlock();
        _writer.OpenBlock("catch");
        _writer.WriteLine(table + ".Remove(" + field + ");");
        _writer.WriteLine("throw;");
        _writer.CloseBlock();
    }

    private string Accessor(ConstructorModel constructor, int index)
    {
        string name = _names.ConstructAccessor(index);
        IEnumerable<string> parameters = constructor.Parameters.Select((p, i) => RefModifier(p.RefKind) + CanonicalType(p.Type) + " p" + i.ToString(CultureInfo.InvariantCulture));
        _helpers.Add(
            "[" + RuntimeServices + "UnsafeAccessor(" + RuntimeServices + "UnsafeAccessorKind.Method, Name = \".ctor\")]\n"
            + "private static extern void " + name + "(" + string.Join(", ", new[] { _canonical + " canonical" }.Concat(parameters)) + ");");
        return name;
    }

    private void WriteByReflection(ConstructorModel constructor, Helpers.EquatableArray<string> parameterTypes, string field, string statics, int index)
    {
        string table = statics + "." + FacadeNames.TableField;
        string reflected = _names.ConstructorField(index);
        string bang = _facts.SupportsNullable ? "!" : string.Empty;
        _fields.Add(
            "internal static readonly global::System.Reflection.ConstructorInfo " + reflected + " = typeof(" + _canonical + ").GetConstructor(\n"
            + "    global::System.Reflection.BindingFlags.Instance | global::System.Reflection.BindingFlags.Public | global::System.Reflection.BindingFlags.NonPublic,\n"
            + "    null,\n"
            + "    new global::System.Type[] { " + string.Join(", ", parameterTypes) + " },\n"
            + "    null)" + bang + ";");

        string arguments = UniqueLocal(constructor, "ssotArguments");
        string objectType = _facts.SupportsNullable ? "object?" : "object";
        _writer.WriteLine(objectType + "[] " + arguments + " = new " + objectType + "[] { " + string.Join(", ", constructor.Parameters.Select(BoxedArgument)) + " };");
        _writer.OpenBlock("try");
        _writer.WriteLine(statics + "." + reflected + ".Invoke(" + field + ", " + arguments + ");");
        _writer.CloseBlock();

        // Reflection wraps what the constructor throws: the caller sees it as the constructor threw it.
        string exception = UniqueLocal(constructor, "ssotException");
        _writer.OpenBlock("catch (global::System.Reflection.TargetInvocationException " + exception + ") when (" + exception + ".InnerException != null)");
        _writer.WriteLine(table + ".Remove(" + field + ");");
        _writer.WriteLine("global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(" + exception + ".InnerException).Throw();");
        _writer.WriteLine("throw;");
        _writer.CloseBlock();
        _writer.OpenBlock("catch");
        _writer.WriteLine(table + ".Remove(" + field + ");");
        _writer.WriteLine("throw;");
        _writer.CloseBlock();

        // What the constructor wrote to ref and out parameters comes back through the arguments array.
        for (int i = 0; i < constructor.Parameters.Count; i++)
        {
            ParameterModel parameter = constructor.Parameters[i];
            if (parameter.RefKind is ParameterRefKind.Ref or ParameterRefKind.Out)
            {
                _writer.WriteLine(parameter.Name + " = (" + SignatureText.Type(parameter.Type, _self) + ")" + arguments + "[" + i.ToString(CultureInfo.InvariantCulture) + "]" + bang + ";");
            }
        }
    }

    private string BoxedArgument(ParameterModel parameter) => parameter switch
    {
        { RefKind: ParameterRefKind.Out } => "null",

        // The facade stands for the canonical instance it wraps: that is what the constructor takes.
        { Type.IsSelf: true } => "(" + CanonicalType(parameter.Type) + ")" + SignatureText.Converted(parameter.Name, parameter.Type, ForgiveNullSelf),
        _ => parameter.Name,
    };

    private string CanonicalType(TypeRef type) => type.IsSelf ? _canonical + (type.IsNullable ? "?" : string.Empty) : type.Text;

    /// <summary>A local name no parameter of the constructor takes.</summary>
    private static string UniqueLocal(ConstructorModel constructor, string name)
    {
        string local = name;
        while (constructor.Parameters.Any(p => p.Name.TrimStart('@') == local))
        {
            local += "_";
        }

        return local;
    }

    private string ArgumentsAfterInstance(ConstructorModel constructor) =>
        constructor.Parameters.IsEmpty ? string.Empty : ", " + SignatureText.ArgumentList(constructor.Parameters, ForgiveNullSelf);

    /// <summary>Whether the class facade's conversions cannot be annotated (see <see cref="SignatureText.ArgumentList"/>).</summary>
    private bool ForgiveNullSelf => !_isStruct && _facts.SupportsNullable && !_facts.HasNotNullIfNotNull;

    private static string RefModifier(ParameterRefKind refKind) => refKind switch
    {
        ParameterRefKind.Ref => "ref ",
        ParameterRefKind.Out => "out ",
        ParameterRefKind.In => "in ",
        ParameterRefKind.RefReadOnly => "ref readonly ",
        _ => string.Empty,
    };
}
