using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes.References;
using Ssot.Generators.Analysis;

namespace Ssot.CodeFixes.Migrating;

/// <summary>
/// Grows a set of legacy references to every reference that must be rewritten with them, by three rules that need no
/// compilation of the result: the same span in every linked document (one file, one text); the other legacy references
/// of its <see cref="AgreementUnit"/>; and, for a reference in a signature, the references of the signatures that must
/// match it (the member it overrides or implements, the members that override or implement it, its other partial part).
/// A group is refused when one of its references cannot be rewritten: a linked document where the span means something
/// else, a matching signature in a referenced assembly or in generated code that still names a legacy type, or, unless
/// the fix is of SSOT0005 itself, a reference in the library's shipped API (which old binaries were compiled against).
/// </summary>
internal sealed class MigrationPlanner
{
    private readonly DocumentContext.Cache _documents;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<LegacyLocation, MigrationGroup> _owners = [];
    private readonly HashSet<LegacyLocation> _refused = [];
    private readonly bool _rewritesShippedApi;

    public MigrationPlanner(DocumentContext.Cache documents, bool rewritesShippedApi, CancellationToken cancellationToken)
    {
        _documents = documents;
        _rewritesShippedApi = rewritesShippedApi;
        _cancellationToken = cancellationToken;
    }

    public IEnumerable<MigrationGroup> Groups => _owners.Values.Distinct();

    public bool IsRefused(LegacyLocation location) => _refused.Contains(location);

    public bool Owns(LegacyLocation location) => _owners.ContainsKey(location);

    /// <summary>
    /// Adds the references and all that must change with them, as one group that absorbs the groups it reaches. Returns
    /// the group, or <see langword="null"/> when it is refused (and then nothing it reached is rewritten).
    /// </summary>
    public async Task<MigrationGroup?> AddAsync(IEnumerable<LegacyLocation> seeds)
    {
        var group = new MigrationGroup();
        var absorbed = new List<MigrationGroup>();
        var pending = new Stack<LegacyLocation>(seeds);
        var visited = new HashSet<LegacyLocation>();
        while (pending.Count > 0)
        {
            LegacyLocation location = pending.Pop();
            if (!visited.Add(location) || group.References.ContainsKey(location))
            {
                continue;
            }

            if (_refused.Contains(location))
            {
                return Refuse(group, absorbed, visited);
            }

            if (_owners.TryGetValue(location, out MigrationGroup? other) && other != group)
            {
                // Its group is closed already: take it whole.
                absorbed.Add(other);
                group.Absorb(other);
                continue;
            }

            if (!await VisitAsync(location, group, pending).ConfigureAwait(false))
            {
                return Refuse(group, absorbed, visited);
            }
        }

        foreach (LegacyLocation location in group.References.Keys)
        {
            _owners[location] = group;
        }

        return group;
    }

    /// <summary>Forgets a group: its references stay as they are.</summary>
    public void Drop(MigrationGroup group)
    {
        foreach (LegacyLocation location in group.References.Keys)
        {
            _owners.Remove(location);
            _refused.Add(location);
        }
    }

    private MigrationGroup? Refuse(MigrationGroup group, List<MigrationGroup> absorbed, HashSet<LegacyLocation> visited)
    {
        foreach (MigrationGroup other in absorbed)
        {
            Drop(other);
        }

        _refused.UnionWith(group.References.Keys);
        _refused.UnionWith(visited);
        return null;
    }

    private async Task<bool> VisitAsync(LegacyLocation location, MigrationGroup group, Stack<LegacyLocation> pending)
    {
        if (await _documents.GetAsync(location.DocumentId, _cancellationToken).ConfigureAwait(false) is not { } context
            || LegacyReferences.At(context.Root, location.Span, context.Model, _cancellationToken) is not { } canonical
            || LegacyReferenceNode.Find(context.Root, location.Span) is not { } node
            || !_rewritesShippedApi && LegacyReferences.IsInShippedApi(context.Root, location.Span, context.Model, _cancellationToken))
        {
            return false;
        }

        group.References[location] = canonical;

        // One file compiled by several projects has one text: each of them must see the same legacy reference there.
        foreach (DocumentId linkedId in context.Document.GetLinkedDocumentIds())
        {
            if (await _documents.GetAsync(linkedId, _cancellationToken).ConfigureAwait(false) is not { } linked
                || !canonical.Equals(LegacyReferences.At(linked.Root, location.Span, linked.Model, _cancellationToken)))
            {
                return false;
            }

            pending.Push(new LegacyLocation(linkedId, location.Span));
        }

        foreach (TextSpan span in LegacyReferences.In(AgreementUnit.Members(AgreementUnit.Of(node)), context.Model, _cancellationToken).Select(r => r.Span))
        {
            pending.Push(new LegacyLocation(location.DocumentId, span));
        }

        if (SignatureMember.Of(node) is not { } declaration)
        {
            return true;
        }

        foreach (ISymbol declared in DeclaredSymbols(declaration, context.Model))
        {
            group.Declarations.Add(declared);
            if (!await AddPartnersAsync(declared, context, pending).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<bool> AddPartnersAsync(ISymbol declared, DocumentContext context, Stack<LegacyLocation> pending)
    {
        foreach (ISymbol partner in await PartnersAsync(declared, context.Document.Project.Solution).ConfigureAwait(false))
        {
            if (partner.IsImplicitlyDeclared)
            {
                continue;
            }

            if (partner.DeclaringSyntaxReferences.IsEmpty)
            {
                // Declared in a referenced assembly: its signature cannot change, so one that names a legacy type pins ours.
                if (NamesLegacyType(partner, context.Model.Compilation))
                {
                    return false;
                }

                continue;
            }

            foreach (SyntaxReference reference in partner.DeclaringSyntaxReferences)
            {
                SyntaxNode partnerDeclaration = await reference.GetSyntaxAsync(_cancellationToken).ConfigureAwait(false);
                if (await _documents.GetAsync(reference.SyntaxTree, _cancellationToken).ConfigureAwait(false) is not { } partnerContext)
                {
                    // Generated code is never edited.
                    if (NamesLegacyType(partner, context.Model.Compilation))
                    {
                        return false;
                    }

                    continue;
                }

                SyntaxNode member = partnerDeclaration is VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } ? field : partnerDeclaration;
                IEnumerable<SyntaxNode> signature = member.DescendantNodesAndSelf().Where(n => SignatureMember.Of(n) == member);
                foreach ((TextSpan span, CanonicalType _) in LegacyReferences.In(signature, partnerContext.Model, _cancellationToken))
                {
                    pending.Push(new LegacyLocation(partnerContext.Document.Id, span));
                }
            }
        }

        return true;
    }

    /// <summary>The members whose signature must stay identical to this one's.</summary>
    private async Task<IEnumerable<ISymbol>> PartnersAsync(ISymbol declared, Solution solution)
    {
        var partners = new List<ISymbol>();
        switch (declared)
        {
            case IMethodSymbol method:
                partners.AddIfNotNull(method.OverriddenMethod);
                partners.AddIfNotNull(method.PartialDefinitionPart);
                partners.AddIfNotNull(method.PartialImplementationPart);
                partners.AddRange(method.ExplicitInterfaceImplementations);
                break;
            case IPropertySymbol property:
                partners.AddIfNotNull(property.OverriddenProperty);
                partners.AddIfNotNull(property.PartialDefinitionPart);
                partners.AddIfNotNull(property.PartialImplementationPart);
                partners.AddRange(property.ExplicitInterfaceImplementations);
                break;
            case IEventSymbol @event:
                partners.AddIfNotNull(@event.OverriddenEvent);
                partners.AddRange(@event.ExplicitInterfaceImplementations);
                break;
            default:
                return partners;
        }

        partners.AddRange(await SymbolFinder.FindImplementedInterfaceMembersAsync(declared, solution, null, _cancellationToken).ConfigureAwait(false));
        partners.AddRange(await SymbolFinder.FindOverridesAsync(declared, solution, null, _cancellationToken).ConfigureAwait(false));
        if (declared.ContainingType?.TypeKind == TypeKind.Interface)
        {
            partners.AddRange(await SymbolFinder.FindImplementationsAsync(declared, solution, null, _cancellationToken).ConfigureAwait(false));
        }

        return partners.Select(p => p.OriginalDefinition).Distinct(SymbolEqualityComparer.Default).Where(p => !SymbolEqualityComparer.Default.Equals(p, declared.OriginalDefinition));
    }

    /// <summary>The symbols a signature declares: the member, each variable of a field declaration, or the type of a base list.</summary>
    private IEnumerable<ISymbol> DeclaredSymbols(SyntaxNode declaration, SemanticModel model) => declaration is BaseFieldDeclarationSyntax field
        ? field.Declaration.Variables.Select(v => model.GetDeclaredSymbol(v, _cancellationToken)).OfType<ISymbol>()
        : model.GetDeclaredSymbol(declaration, _cancellationToken) is { } symbol ? [symbol] : [];

    /// <summary>
    /// Whether a member's signature names a legacy type anywhere: return, parameters, element or argument types. Types are
    /// compared by name, as the member may come from another compilation than the map.
    /// </summary>
    private static bool NamesLegacyType(ISymbol member, Compilation compilation)
    {
        if (LegacyTypeMap.For(compilation) is not { } map)
        {
            return false;
        }

        var legacyNames = new HashSet<string>(map.All.Select(l => FullMetadataName.Of(l.Shim)));
        IEnumerable<ITypeSymbol> types = member switch
        {
            IMethodSymbol method => method.Parameters.Select(p => p.Type).Append(method.ReturnType),
            IPropertySymbol property => property.Parameters.Select(p => p.Type).Append(property.Type),
            IEventSymbol @event => [@event.Type],
            _ => [],
        };
        return types.Any(t => Mentions(t, legacyNames));
    }

    private static bool Mentions(ITypeSymbol type, HashSet<string> legacyNames) => type switch
    {
        IArrayTypeSymbol array => Mentions(array.ElementType, legacyNames),
        IPointerTypeSymbol pointer => Mentions(pointer.PointedAtType, legacyNames),
        INamedTypeSymbol named => legacyNames.Contains(FullMetadataName.Of(named)) || named.TypeArguments.Any(a => Mentions(a, legacyNames)),
        _ => false,
    };
}
