using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// The constructors a shim mirrors: a facade's (with the reflection it needs to run a canonical constructor on an
/// instance it registered first, and the required members they set), and a subclass's.
/// </summary>
internal sealed partial class MemberReader
{
    private FacadeModel ReadFacade()
    {
        List<MemberModel> members = ReadMembers(includeInstance: true, out HashSet<ISymbol> forwarded);
        var interfaces = new List<string>();
        foreach (INamedTypeSymbol @interface in _type.AllInterfaces)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!SymbolVisibility.IsVisible(@interface) || HasStaticAbstractMembers(@interface) || !_types.CanName(@interface))
            {
                continue;
            }

            interfaces.Add(_types.Read(@interface, byValue: false)!.Text);
            members.AddRange(ReadExplicitImplementations(@interface, forwarded));
        }

        List<ConstructorModel> constructors = _type.InstanceConstructors
            // A struct's implicit parameterless constructor is the facade's own; an explicit one is mirrored.
            .Where(c => !(c.IsImplicitlyDeclared && _type.TypeKind == TypeKind.Struct))
            .Where(c => c.DeclaredAccessibility is not (Accessibility.Private or Accessibility.NotApplicable) && !IsRecordCopyConstructor(c))

            // Each with its own accessibility, as reflection and old binaries see it. No code can call a protected one
            // of the sealed facade: where a ref struct parameter would leave only 'new' to run it, it is left out.
            .Where(c => c.DeclaredAccessibility is not (Accessibility.Protected or Accessibility.ProtectedAndInternal) || !c.Parameters.Any(p => p.Type.IsRefLikeType))
            .Select(c => ReadConstructor(c, AccessOf(c.DeclaredAccessibility)) is { } model
                ? model with { ParameterTypes = ReflectionTypesOf(c) }
                : null)
            .OfType<ConstructorModel>()
            .ToList();

        return new FacadeModel(
            _type.TypeKind == TypeKind.Struct,
            interfaces.ToEquatableArray(),
            constructors.ToEquatableArray(),
            members.ToEquatableArray(),
            RequiredMembers());
    }

    // A record's copy constructor is how 'with' copies it: the facade, which is no record, has no use for it.
    private bool IsRecordCopyConstructor(IMethodSymbol constructor) =>
        _type.IsRecord && constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, _type);

    private EquatableArray<string> RequiredMembers()
    {
        var required = new List<string>();
        for (INamedTypeSymbol? type = _type; type is not null; type = type.BaseType)
        {
            required.AddRange(type.GetMembers()
                .Where(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true } && !m.IsOverride)
                .Select(m => Identifier.Escape(m.Name)));
        }

        return required.Distinct().ToEquatableArray();
    }

    private EquatableArray<ConstructorModel> ReadSubclassConstructors() =>
        _type.InstanceConstructors
            .Where(c => !(c.IsImplicitlyDeclared && c.Parameters.Length == 1))
            .Where(c => c.DeclaredAccessibility is not (Accessibility.Private or Accessibility.NotApplicable))
            .Select(c => ReadConstructor(c, AccessOf(c.DeclaredAccessibility)))
            .OfType<ConstructorModel>()
            .ToEquatableArray();

    /// <summary>The parameter types as <c>typeof</c> writes them, or <see langword="null"/> when reflection cannot pass one (a ref struct).</summary>
    private EquatableArray<string>? ReflectionTypesOf(IMethodSymbol constructor)
    {
        var types = new List<string>();
        SignatureTypes unannotated = _types.WithoutAnnotations();
        foreach (IParameterSymbol parameter in constructor.Parameters)
        {
            if (parameter.Type.IsRefLikeType || unannotated.Read(parameter.Type, byValue: false) is not { } type)
            {
                return null;
            }

            types.Add(parameter.RefKind == RefKind.None ? "typeof(" + type.Text + ")" : "typeof(" + type.Text + ").MakeByRefType()");
        }

        return types.ToEquatableArray();
    }

    private ConstructorModel? ReadConstructor(IMethodSymbol constructor, Access access)
    {
        if (!constructor.Parameters.All(p => _types.CanName(p.Type)))
        {
            AddGap(constructor, GapReason.UnnameableType, UnnameableIn(constructor.Parameters.Select(p => p.Type)));
            return null;
        }

        return SignatureReader.ReadParameters(constructor.Parameters, _types) is { } parameters
            ? new ConstructorModel(access, parameters, constructor.GetDocumentationCommentId() ?? string.Empty, AttributeReader.ReadMember(constructor, _types.Display))
            : null;
    }
}
