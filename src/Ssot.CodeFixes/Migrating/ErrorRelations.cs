using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes.References;

namespace Ssot.CodeFixes.Migrating;

/// <summary>
/// Relates a diagnostic a rewrite introduced to the legacy references involved: those of its own
/// <see cref="AgreementUnit"/>, of the declarations of what that unit uses (a local, a parameter, a field, a method),
/// of the signature of the function it returns from or the member it initializes; for a diagnostic on a type, the
/// signatures of its members.
/// The references still legacy there are what must change too; the rewritten ones are what caused it, except one that
/// only reaches a static member through the canonical name with the same type (<see cref="StaticAccessRewrite"/>).
/// </summary>
internal sealed class ErrorRelations
{
    private readonly Solution _before;
    private readonly MigrationRewriter _after;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<DocumentId, PositionMap> _maps = [];

    public ErrorRelations(Solution before, MigrationRewriter after, CancellationToken cancellationToken)
    {
        _before = before;
        _after = after;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Legacy references (in the original solution) that must change as well.</summary>
    public HashSet<LegacyLocation> Additions { get; } = [];

    /// <summary>Rewritten references (in the original solution) the diagnostics involve.</summary>
    public HashSet<LegacyLocation> Involved { get; } = [];

    public async Task AddAsync(Document document, Diagnostic diagnostic, IEnumerable<LegacyLocation> rewritten)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(_cancellationToken).ConfigureAwait(false))!;
        SemanticModel model = (await document.GetSemanticModelAsync(_cancellationToken).ConfigureAwait(false))!;
        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, findInsideTrivia: true, getInnermostNodeForTie: true);

        var units = new List<(Document Document, SyntaxNode Unit)>();
        SyntaxNode unit = AgreementUnit.Of(node);
        if ((unit is BaseTypeDeclarationSyntax || node.FirstAncestorOrSelf<BaseListSyntax>() is not null)
            && node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } type
            && model.GetDeclaredSymbol(type, _cancellationToken) is { } symbol)
        {
            // A type that no longer implements, overrides or derives as it must: its base types and its members'
            // signatures are involved, in every part of it.
            foreach ((Document declaring, SyntaxNode declaration) in await DeclarationsAsync(symbol).ConfigureAwait(false))
            {
                if (declaration is BaseTypeDeclarationSyntax part)
                {
                    units.AddRange((part.BaseList?.Types ?? default).Select(b => (declaring, (SyntaxNode)b)));
                    units.AddRange((part as TypeDeclarationSyntax)?.Members.Where(m => m is not BaseTypeDeclarationSyntax).Select(m => (declaring, (SyntaxNode)m)) ?? []);
                }
            }
        }
        else
        {
            units.Add((document, unit));
            await AddDeclarationsAsync(unit, model, units).ConfigureAwait(false);
            if (EnclosingFunction(node) is { } function)
            {
                units.Add((document, function));
            }

            if (node.FirstAncestorOrSelf<EqualsValueClauseSyntax>(AgreementUnit.IsMemberInitializer) is { Parent: { } initialized })
            {
                units.Add((document, AgreementUnit.Of(initialized)));
            }
        }

        foreach ((Document unitDocument, SyntaxNode unitNode) in units)
        {
            await RelateAsync(unitDocument, unitNode, rewritten).ConfigureAwait(false);
        }
    }

    /// <summary>The units that declare what <paramref name="unit"/> uses, where they are in ordinary documents.</summary>
    private async Task AddDeclarationsAsync(SyntaxNode unit, SemanticModel model, List<(Document, SyntaxNode)> units)
    {
        foreach (SimpleNameSyntax name in AgreementUnit.Members(unit).OfType<SimpleNameSyntax>())
        {
            SymbolInfo info = model.GetSymbolInfo(name, _cancellationToken);
            foreach (ISymbol used in info.Symbol is { } bound ? [bound] : info.CandidateSymbols)
            {
                if (TypeOf(used) is { } type)
                {
                    // A type converts (or not) by what its base list says: each base type is a unit of its own.
                    foreach ((Document declaring, SyntaxNode declaration) in await DeclarationsAsync(type).ConfigureAwait(false))
                    {
                        if (declaration is BaseTypeDeclarationSyntax { BaseList: { } bases })
                        {
                            units.AddRange(bases.Types.Select(b => (declaring, (SyntaxNode)b)));
                        }
                    }
                }

                if (used is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol or IMethodSymbol or IEventSymbol)
                {
                    foreach ((Document declaring, SyntaxNode declaration) in await DeclarationsAsync(used).ConfigureAwait(false))
                    {
                        units.Add((declaring, AgreementUnit.Of(declaration)));
                    }
                }
            }
        }
    }

    /// <summary>Where a symbol is declared in ordinary documents of the rewritten solution.</summary>
    private async Task<List<(Document, SyntaxNode)>> DeclarationsAsync(ISymbol symbol)
    {
        var declarations = new List<(Document, SyntaxNode)>();
        foreach (SyntaxReference reference in symbol.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (_after.Solution.GetDocument(reference.SyntaxTree) is { } declaring and not SourceGeneratedDocument)
            {
                declarations.Add((declaring, await reference.GetSyntaxAsync(_cancellationToken).ConfigureAwait(false)));
            }
        }

        return declarations;
    }

    /// <summary>The type a name means, or constructs.</summary>
    private static INamedTypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => type,
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType,
        _ => null,
    };

    /// <summary>What a <c>return</c> or an expression body must agree with: the signature of its method, local function or lambda.</summary>
    private static SyntaxNode? EnclosingFunction(SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<SyntaxNode>(n => n is ReturnStatementSyntax or YieldStatementSyntax or ArrowExpressionClauseSyntax
                || n.Parent is AnonymousFunctionExpressionSyntax { ExpressionBody: { } body } && body == n) is null)
        {
            return null;
        }

        SyntaxNode? function = node.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax
            or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
        return function is AnonymousFunctionExpressionSyntax lambda ? AgreementUnit.Of(lambda) : function;
    }

    private async Task RelateAsync(Document document, SyntaxNode unit, IEnumerable<LegacyLocation> rewritten)
    {
        SemanticModel model = (await document.GetSemanticModelAsync(_cancellationToken).ConfigureAwait(false))!;
        var members = new HashSet<SyntaxNode>(AgreementUnit.Members(unit));
        PositionMap map = await MapAsync(document).ConfigureAwait(false);
        foreach ((TextSpan span, CanonicalType _) in LegacyReferences.In(members, model, _cancellationToken))
        {
            Additions.Add(new LegacyLocation(document.Id, map.ToOld(span)));
        }

        SyntaxNode root = (await document.GetSyntaxRootAsync(_cancellationToken).ConfigureAwait(false))!;
        foreach (LegacyLocation location in rewritten.Where(l => l.DocumentId == document.Id))
        {
            if (_after.SpanAfter(location) is { } after && LegacyReferenceNode.Find(root, after) is { } written
                && members.Contains(written)
                && !await KeepsTypeAsync(location, written).ConfigureAwait(false))
            {
                Involved.Add(location);
            }
        }
    }

    /// <summary>
    /// Whether the rewrite of <paramref name="location"/> on its own changes nothing the unit compiles against: a static
    /// member reached through the canonical name instead of the shim, with the same type. Suspected with the rewrite
    /// that did cause the diagnostic, it was given up with it, and a reference that could move stayed legacy.
    /// </summary>
    private async Task<bool> KeepsTypeAsync(LegacyLocation location, SyntaxNode written)
    {
        if (_before.GetDocument(location.DocumentId) is not { } original
            || await original.GetSyntaxRootAsync(_cancellationToken).ConfigureAwait(false) is not { } root
            || LegacyReferenceNode.Find(root, location.Span) is not { } reference)
        {
            return false;
        }

        SemanticModel model = (await original.GetSemanticModelAsync(_cancellationToken).ConfigureAwait(false))!;
        return StaticAccessRewrite.KeepsType(reference, model, written, _cancellationToken);
    }

    private async Task<PositionMap> MapAsync(Document document)
    {
        if (!_maps.TryGetValue(document.Id, out PositionMap? map))
        {
            Document? original = _before.GetDocument(document.Id);
            map = original is null ? PositionMap.Identity : new PositionMap(await document.GetTextChangesAsync(original, _cancellationToken).ConfigureAwait(false), await original.GetTextAsync(_cancellationToken).ConfigureAwait(false));
            _maps[document.Id] = map;
        }

        return map;
    }
}
