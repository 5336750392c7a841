using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;


namespace Ssot.Generators.Analysis;

/// <summary>
/// Decides whether a name in source is a reference to a legacy shim, and which node the reference spans (the whole
/// qualified name, as the compiler reports it). The analyzer that reports references and the suppressor that removes
/// the compiler's duplicate both ask here, so they always agree.
/// </summary>
internal static class LegacyReferenceFinder
{
    /// <summary>Finds the legacy reference a simple or generic name is the last part of.</summary>
    public static LegacyType? Find(SimpleNameSyntax name, SemanticModel model, LegacyTypeMap map, CancellationToken cancellationToken, out SyntaxNode reference)
    {
        reference = name;

        // Most names cannot be legacy ones: their text says so without binding. 'var' binds to the inferred type, but
        // names nothing; the left part of 'A.B' is a namespace or an enclosing type.
        if (!map.MayName(name.Identifier.ValueText) || name is IdentifierNameSyntax { IsVar: true } || name.Parent is QualifiedNameSyntax qualified && qualified.Left == name)
        {
            return null;
        }

        // 'using X = Legacy;' is its own rule; 'using Ns;' names no type.
        if (name.FirstAncestorOrSelf<UsingDirectiveSyntax>() is { } usingDirective && usingDirective.StaticKeyword.IsKind(SyntaxKind.None))
        {
            return null;
        }

        SymbolInfo info = model.GetSymbolInfo(name, cancellationToken);
        ISymbol? symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            // An attribute name binds to the attribute's constructor.
            symbol = constructor.ContainingType;
        }

        if (map.Find(symbol as ITypeSymbol) is not { } legacy)
        {
            return null;
        }

        reference = Outermost(name);
        return IsInObsoleteContext(model, name.SpanStart) ? null : legacy;
    }

    /// <summary>The whole name a simple name ends: <c>Old.Ns.Type</c> for <c>Type</c>, as the compiler reports it.</summary>
    private static SyntaxNode Outermost(SyntaxNode node)
    {
        while (true)
        {
            switch (node.Parent)
            {
                case QualifiedNameSyntax qualified when qualified.Right == node:
                    node = qualified;
                    continue;
                case NameMemberCrefSyntax cref when cref.Name == node:
                    node = cref;
                    continue;
                case QualifiedCrefSyntax qualifiedCref when qualifiedCref.Member == node:
                    node = qualifiedCref;
                    continue;
                case AliasQualifiedNameSyntax alias when alias.Name == node:
                    node = alias;
                    continue;
                case MemberAccessExpressionSyntax access when access.Name == node && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                    && access.Expression is NameSyntax or MemberAccessExpressionSyntax or AliasQualifiedNameSyntax:
                    node = access;
                    continue;
                default:
                    return node;
            }
        }
    }

    /// <summary>The compiler reports no obsolete use inside an obsolete member or type; neither do we.</summary>
    internal static bool IsInObsoleteContext(SemanticModel model, int position)
    {
        for (ISymbol? symbol = model.GetEnclosingSymbol(position); symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            // An accessor is obsolete when its property or event is.
            if (IsObsolete(symbol) || symbol is IMethodSymbol { AssociatedSymbol: { } associated } && IsObsolete(associated))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsObsolete(ISymbol symbol)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace.Name: "System" })
            {
                return true;
            }
        }

        return false;
    }
}
