using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Walks one file's usings, namespaces and type declarations (never a member body) for its <see cref="FileDeclarations"/>.
/// Members are visited only for their signatures, and only where another assembly could see them.
/// </summary>
internal sealed class DeclarationWalker
{
    // One walker a thread, emptied before each file: reading a file then allocates only what it returns.
    [ThreadStatic]
    private static DeclarationWalker? _reused;

    private readonly List<string> _topAliases = [];
    private readonly List<string> _topImports = [];
    private readonly List<string> _globalImports = [];
    private readonly List<string> _namespaceImports = [];
    private readonly List<AliasTarget> _aliases = [];
    private readonly List<string> _namespaces = [];
    private readonly List<DeclaredType> _types = [];
    private readonly OrderedSet _attributeNames = new();
    private readonly OrderedSet _claimedNames = new();
    private readonly OrderedSet _derivedNames = new();
    private readonly SignatureNameReader _signatureNames = new();
    private CancellationToken _cancellationToken;
    private bool _hasTopLevelStatements;
    private bool _hasComputedClaims;

    private DeclarationWalker()
    {
    }

    /// <summary>The declarations of one file.</summary>
    public static FileDeclarations Read(CompilationUnitSyntax root, string fileName, CancellationToken cancellationToken)
    {
        DeclarationWalker walker = _reused ??= new DeclarationWalker();
        walker.Reset(cancellationToken);
        walker.VisitCompilationUnit(root);
        return walker.ToDeclarations(fileName);
    }

    private void Reset(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _topAliases.Clear();
        _topImports.Clear();
        _globalImports.Clear();
        _namespaceImports.Clear();
        _aliases.Clear();
        _namespaces.Clear();
        _types.Clear();
        _attributeNames.Clear();
        _claimedNames.Clear();
        _derivedNames.Clear();
        _signatureNames.Clear();
        _hasTopLevelStatements = false;
        _hasComputedClaims = false;
    }

    private void VisitCompilationUnit(CompilationUnitSyntax root)
    {
        foreach (UsingDirectiveSyntax directive in root.Usings)
        {
            if (directive.Alias is { } alias)
            {
                _topAliases.Add(alias.Name.Identifier.ValueText);
                AddAlias(directive, alias);
            }
            else if (directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is { } name)
            {
                string imported = NameText.Unqualified(name);
                _topImports.Add(imported);
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                {
                    _globalImports.Add(imported);
                }
            }
        }

        VisitMembers(root.Members, string.Empty);
    }

    private FileDeclarations ToDeclarations(string fileName) => new(
        fileName,
        _topAliases.Count + _topImports.Count + _namespaceImports.Count + _aliases.Count == 0
            ? FileUsings.Empty
            : new FileUsings(ArrayOf(_topAliases), ArrayOf(_topImports), ArrayOf(_globalImports), ArrayOf(_namespaceImports), ArrayOf(_aliases)),
        ArrayOf(_namespaces),
        ArrayOf(_types),
        _attributeNames.ToEquatableArray(),
        _signatureNames.Names,
        _claimedNames.ToEquatableArray(),
        _hasComputedClaims,
        _derivedNames.ToEquatableArray());

    private static EquatableArray<T> ArrayOf<T>(List<T> items)
        where T : IEquatable<T> => items.Count == 0 ? EquatableArray<T>.Empty : new(items.ToArray());

    private void VisitMembers(SyntaxList<MemberDeclarationSyntax> members, string ns)
    {
        foreach (MemberDeclarationSyntax member in members)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax declaration:
                    string full = ns.Length == 0 ? NameOf(declaration.Name) : ns + "." + NameOf(declaration.Name);
                    _namespaces.Add(full);
                    VisitNamespaceUsings(declaration.Usings);
                    VisitMembers(declaration.Members, full);
                    break;
                case BaseTypeDeclarationSyntax type:
                    AddType(type.Identifier.ValueText, (type as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Count ?? 0, ns);
                    VisitType(type, SignatureNameReader.IsVisible(type.Modifiers, defaultVisible: false));
                    break;
                case DelegateDeclarationSyntax @delegate:
                    AddType(@delegate.Identifier.ValueText, @delegate.TypeParameterList?.Parameters.Count ?? 0, ns);
                    AddConstraintNames(@delegate.ConstraintClauses);
                    if (SignatureNameReader.IsVisible(@delegate.Modifiers, defaultVisible: false))
                    {
                        _signatureNames.AddMember(@delegate);
                    }

                    break;
                case GlobalStatementSyntax when ns.Length == 0 && !_hasTopLevelStatements:
                    // Top-level statements declare the entry point's class in the global namespace.
                    _hasTopLevelStatements = true;
                    AddType(WellKnownMemberNames.TopLevelStatementsEntryPointTypeName, 0, string.Empty);
                    break;
            }
        }
    }

    private void VisitNamespaceUsings(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (UsingDirectiveSyntax directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                AddAlias(directive, alias);
            }
            else if (directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is { } name)
            {
                _namespaceImports.Add(NameText.Unqualified(name));
            }
        }
    }

    private void AddAlias(UsingDirectiveSyntax directive, NameEqualsSyntax alias)
    {
        if (directive.Name is { } target)
        {
            _aliases.Add(new AliasTarget(alias.Name.Identifier.ValueText, NameText.Last(target)));
        }
    }

    /// <summary>Reads a type's attribute names, and the names in the signatures of its members another assembly can see.</summary>
    private void VisitType(BaseTypeDeclarationSyntax type, bool visible)
    {
        foreach (AttributeListSyntax list in type.AttributeLists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                string name = NameText.Last(attribute.Name);
                _attributeNames.Add(name);
                if (name is "Canonical" or "CanonicalAttribute" && attribute.ArgumentList is { } arguments)
                {
                    AddClaimedNames(arguments);
                }
            }
        }

        if (type is not TypeDeclarationSyntax declaration)
        {
            return;
        }

        if (declaration is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)SyntaxKind.StructKeyword } && declaration.BaseList is { } bases)
        {
            foreach (BaseTypeSyntax baseType in bases.Types)
            {
                AddDerivedName(baseType.Type);
            }
        }

        AddConstraintNames(declaration.ConstraintClauses);

        if (visible)
        {
            _signatureNames.AddTypeHeader(declaration);
        }

        bool isInterface = declaration is InterfaceDeclarationSyntax;
        foreach (MemberDeclarationSyntax member in declaration.Members)
        {
            if (member is BaseTypeDeclarationSyntax nested)
            {
                VisitType(nested, visible && SignatureNameReader.IsVisible(nested.Modifiers, defaultVisible: isInterface));
                continue;
            }

            AddConstraintNames(member switch
            {
                MethodDeclarationSyntax method => method.ConstraintClauses,
                DelegateDeclarationSyntax @delegate => @delegate.ConstraintClauses,
                _ => default,
            });
            if (visible && SignatureNameReader.IsVisible(member.Modifiers, defaultVisible: isInterface))
            {
                _signatureNames.AddMember(member);
            }
        }
    }

    private void AddConstraintNames(SyntaxList<TypeParameterConstraintClauseSyntax> clauses)
    {
        foreach (TypeParameterConstraintClauseSyntax clause in clauses)
        {
            foreach (TypeParameterConstraintSyntax constraint in clause.Constraints)
            {
                if (constraint is TypeConstraintSyntax { Type: { } type })
                {
                    AddDerivedName(type);
                }
            }
        }
    }

    /// <summary>The last identifier of a base type or a constraint (<c>Node</c> in <c>Acme.Node&lt;T&gt;?</c>).</summary>
    private void AddDerivedName(TypeSyntax type)
    {
        if ((type is NullableTypeSyntax nullable ? nullable.ElementType : type) is NameSyntax name)
        {
            _derivedNames.Add(NameText.Last(name));
        }
    }

    /// <summary>
    /// The legacy names a <c>[Canonical]</c> attribute writes as string literals (what others' signatures may name); a
    /// name written as any other constant expression (<c>Names.Old</c>, <c>"Old." + "Thing"</c>) is only noted, for
    /// <see cref="LegacyTypeResolver"/> to evaluate with the semantic model.
    /// </summary>
    private void AddClaimedNames(AttributeArgumentListSyntax arguments)
    {
        foreach (AttributeArgumentSyntax argument in arguments.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            IEnumerable<ExpressionSyntax> names = argument.Expression switch
            {
                ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
                ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
                CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression),
                ExpressionSyntax single => [single],
            };
            foreach (ExpressionSyntax name in names)
            {
                if (name is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    _claimedNames.Add(literal.Token.ValueText);
                }
                else if (!name.IsKind(SyntaxKind.NullLiteralExpression))
                {
                    _hasComputedClaims = true;
                }
            }
        }
    }

    private void AddType(string name, int arity, string ns)
    {
        string simple = arity == 0 ? name : name + "`" + arity.ToString(CultureInfo.InvariantCulture);
        _types.Add(new DeclaredType(ns.Length == 0 ? simple : ns + "." + simple, ns, name, arity));
    }

    private static string NameOf(NameSyntax name) => name switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => NameOf(qualified.Left) + "." + qualified.Right.Identifier.ValueText,
        _ => name.ToString(),
    };
}
