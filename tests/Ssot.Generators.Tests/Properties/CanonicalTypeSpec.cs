using System.Collections.Immutable;
using System.Linq;

namespace Ssot.Generators.Tests.Properties;

/// <summary>One random canonical type: where it is declared, what it is, its members, its legacy names and attribute.</summary>
/// <param name="Access">"public", "internal", or (a usage error on purpose) "file", "private", "protected".</param>
/// <param name="Modifier">"readonly " (structs), "ref " (a ref struct: a usage error on purpose), "sealed " or "abstract " (records).</param>
/// <param name="IsSplit">Declared as two partial parts in two files.</param>
/// <param name="Primary">Record or primary-constructor parameters: <c>(…)</c>, then after <c>‖</c> a member that reads them.</param>
/// <param name="MemberNamedLikeLegacy">Whether one member takes the simple name of the first legacy name (no shim can hold it).</param>
internal sealed record CanonicalTypeSpec(
    ImmutableArray<Name> Namespace,
    ImmutableArray<ContainerSpec> Containers,
    string Access,
    CaseKind Kind,
    string Modifier,
    bool IsPartial,
    bool IsSplit,
    Name Name,
    ImmutableArray<TypeParameterSpec> TypeParameters,
    ImmutableArray<string> BaseList,
    MemberSpec? Primary,
    ImmutableArray<MemberSpec> Members,
    ImmutableArray<LegacyNameSpec> LegacyNames,
    AttributeSpec Attribute,
    bool LongAttributeName,
    bool MemberNamedLikeLegacy = false)
{
    public bool IsRefStruct => Modifier == "ref ";

    public bool IsReadOnly => Modifier == "readonly ";

    public string RecordModifier => Kind == CaseKind.Record ? Modifier.Trim() : string.Empty;

    public int Arity => TypeParameters.Length;

    public string NamespaceValue => string.Join(".", Namespace.Select(n => n.Value));

    /// <summary>The canonical type's metadata name: <c>Ns.Outer+Name`1</c>, nothing escaped.</summary>
    public string MetadataName =>
        (Namespace.IsEmpty ? string.Empty : NamespaceValue + ".")
        + string.Concat(Containers.Select(c => c.Name.Value + "+"))
        + Name.Value
        + (Arity == 0 ? string.Empty : "`" + Arity);

    /// <summary>The type as Roslyn writes it fully qualified, without type arguments: <c>global::Ns.@class.Name</c>.</summary>
    public string FullyQualified =>
        "global::" + string.Join(".", Namespace.Concat(Containers.Select(c => c.Name)).Append(Name).Select(n => n.Display));

    /// <summary>The type with its type parameters, as its own members name it.</summary>
    public string Self => Name.Source + (TypeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", TypeParameters.Select(t => t.Name.Source)) + ">");

    /// <summary>The kind the product's rules see (records are classes or structs).</summary>
    public CaseKind ProductKind => Kind switch
    {
        CaseKind.Record when RecordModifier == "abstract" => CaseKind.AbstractClass,
        CaseKind.Record when RecordModifier == "sealed" => CaseKind.SealedClass,
        CaseKind.Record => CaseKind.Class,
        CaseKind.RecordStruct => CaseKind.Struct,
        _ => Kind,
    };

    /// <summary>Whether every type it is nested in, and itself, is public.</summary>
    public bool IsPublic => Access == "public" && Containers.All(c => c.Access == "public");

    public bool IsTopLevel => Containers.IsEmpty;

    public TypeContext Context => new(
        Kind,
        IsReadOnly,
        IsRefStruct,
        IsTopLevel,
        TypeParameters,
        TypeParameters.Any(t => t.Variance.Length > 0),
        RecordModifier);

    /// <summary>Whether code of any assembly can construct it: its primary constructor, the implicit one, or a public one.</summary>
    public bool HasPublicConstructor
    {
        get
        {
            MemberSpec[] constructors = Members.Where(m => m.Key?.StartsWith("ctor(", System.StringComparison.Ordinal) == true).ToArray();
            return Primary is not null
                || constructors.Length == 0
                || constructors.Any(c => c.Template.Split('\n')[^1].StartsWith("public " + TypeChoice.TypeName, System.StringComparison.Ordinal));
        }
    }

    /// <summary>Whether its base class is not object (a class of the support file, a record of the support file).</summary>
    public bool HasBaseClass => BaseList.Any(b => b is "global::CaseSupport.BaseThing" or "global::CaseSupport.BaseRecord");

    /// <summary>Whether it declares a virtual member (its nested types' members are theirs; an identifier '@virtual' is no modifier).</summary>
    public bool DeclaresVirtualMembers => Members.Any(m => !m.IsNestedType && VirtualModifier.IsMatch(m.Template));

    private static readonly System.Text.RegularExpressions.Regex VirtualModifier = new(@"(?<![@\w])virtual ", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a derived class in the same assembly can call one of its constructors.</summary>
    public bool HasAccessibleConstructor
    {
        get
        {
            if (Primary is not null)
            {
                // A primary constructor is public. (A record's protected copy constructor does not count: a derived
                // record's own constructors cannot call it.)
                return true;
            }

            MemberSpec[] constructors = Members.Where(m => m.Key?.StartsWith("ctor(", System.StringComparison.Ordinal) == true).ToArray();
            // The declaration is the template's last line (an attribute may come before it).
            return constructors.Length == 0
                || constructors.Any(c => !c.Template.Split('\n')[^1].StartsWith("private " + TypeChoice.TypeName, System.StringComparison.Ordinal));
        }
    }
}
