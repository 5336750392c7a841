using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Helpers;

namespace Ssot.Generators.Reading;

/// <summary>
/// Collects the identifiers named in the signatures another assembly can see: the names whose meaning no alias may change,
/// since that would change what old binaries call.
/// </summary>
internal sealed class SignatureNameReader
{
    private readonly OrderedSet _names = new();

    public EquatableArray<string> Names => _names.ToEquatableArray();

    public void Clear() => _names.Clear();

    /// <summary>Reads the names in a visible type's base list, constraints and primary constructor.</summary>
    public void AddTypeHeader(TypeDeclarationSyntax declaration)
    {
        if (declaration.BaseList is { } baseList)
        {
            foreach (BaseTypeSyntax baseType in baseList.Types)
            {
                AddNames(baseType.Type);
            }
        }

        AddConstraints(declaration.ConstraintClauses);
        AddParameters(declaration.ParameterList);
    }

    /// <summary>Reads the names in a member's signature.</summary>
    public void AddMember(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            // An explicit implementation is not callable by name: its interface's signature is what others see.
            case MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null } method:
                AddSignature(method.ReturnType, method.ParameterList);
                AddConstraints(method.ConstraintClauses);
                break;
            case ConstructorDeclarationSyntax constructor:
                AddParameters(constructor.ParameterList);
                break;
            case PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } property:
                AddNames(property.Type);
                break;
            case IndexerDeclarationSyntax { ExplicitInterfaceSpecifier: null } indexer:
                AddNames(indexer.Type);
                AddParameters(indexer.ParameterList);
                break;
            case EventDeclarationSyntax { ExplicitInterfaceSpecifier: null } @event:
                AddNames(@event.Type);
                break;
            case BaseFieldDeclarationSyntax field:
                AddNames(field.Declaration.Type);
                break;
            case OperatorDeclarationSyntax @operator:
                AddSignature(@operator.ReturnType, @operator.ParameterList);
                break;
            case ConversionOperatorDeclarationSyntax conversion:
                AddSignature(conversion.Type, conversion.ParameterList);
                break;
            case DelegateDeclarationSyntax @delegate:
                AddSignature(@delegate.ReturnType, @delegate.ParameterList);
                break;
        }
    }

    private void AddSignature(TypeSyntax returnType, BaseParameterListSyntax? parameters)
    {
        AddNames(returnType);
        AddParameters(parameters);
    }

    private void AddParameters(BaseParameterListSyntax? parameters)
    {
        if (parameters is null)
        {
            return;
        }

        foreach (ParameterSyntax parameter in parameters.Parameters)
        {
            if (parameter.Type is { } type)
            {
                AddNames(type);
            }
        }
    }

    private void AddConstraints(SyntaxList<TypeParameterConstraintClauseSyntax> clauses)
    {
        foreach (TypeParameterConstraintClauseSyntax clause in clauses)
        {
            foreach (TypeParameterConstraintSyntax constraint in clause.Constraints)
            {
                if (constraint is TypeConstraintSyntax { Type: var type })
                {
                    AddNames(type);
                }
            }
        }
    }

    /// <summary>Every identifier a type names: <c>List&lt;Old.Ns.Strategy?&gt;[]</c> names List, Old, Ns and Strategy.</summary>
    private void AddNames(TypeSyntax type)
    {
        switch (type)
        {
            case PredefinedTypeSyntax:
                return;
            case IdentifierNameSyntax identifier:
                _names.Add(identifier.Identifier.ValueText);
                return;
            case GenericNameSyntax generic:
                _names.Add(generic.Identifier.ValueText);
                foreach (TypeSyntax argument in generic.TypeArgumentList.Arguments)
                {
                    AddNames(argument);
                }

                return;
            case QualifiedNameSyntax qualified:
                AddNames(qualified.Left);
                AddNames(qualified.Right);
                return;
            case AliasQualifiedNameSyntax aliased:
                AddNames(aliased.Alias);
                AddNames(aliased.Name);
                return;
            case NullableTypeSyntax nullable:
                AddNames(nullable.ElementType);
                return;
            case ArrayTypeSyntax array:
                AddNames(array.ElementType);
                return;
        }

        // Tuples, pointers, function pointers, ref types: rare in signatures, read node by node.
        foreach (SyntaxNode node in type.DescendantNodesAndSelf())
        {
            if (node is SimpleNameSyntax name)
            {
                _names.Add(name.Identifier.ValueText);
            }
        }
    }

    /// <summary>
    /// Whether another assembly may see what the modifiers declare: public, protected or protected internal. Without an
    /// accessibility modifier it is the default (public in an interface), or, for a partial declaration whose other part
    /// may say public, visible to be safe.
    /// </summary>
    public static bool IsVisible(SyntaxTokenList modifiers, bool defaultVisible)
    {
        bool hasAccessibility = false;
        bool isPrivate = false;
        bool isVisible = false;
        bool isPartial = false;
        foreach (SyntaxToken modifier in modifiers)
        {
            switch (modifier.Kind())
            {
                case SyntaxKind.PublicKeyword:
                case SyntaxKind.ProtectedKeyword:
                    hasAccessibility = true;
                    isVisible = true;
                    break;
                case SyntaxKind.PrivateKeyword:
                    hasAccessibility = true;
                    isPrivate = true;
                    break;
                case SyntaxKind.InternalKeyword:
                case SyntaxKind.FileKeyword:
                    hasAccessibility = true;
                    break;
                case SyntaxKind.PartialKeyword:
                    isPartial = true;
                    break;
            }
        }

        // 'private protected' is visible to derived classes of this assembly only.
        return hasAccessibility ? isVisible && !isPrivate : defaultVisible || isPartial;
    }
}
