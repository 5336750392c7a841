using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Ssot.CodeFixes.References;

namespace Ssot.CodeFixes.Migrating;

/// <summary>
/// Rewrites legacy references so that the solution still compiles. The <see cref="MigrationPlanner"/> groups each
/// reference with those that must change with it; the groups are rewritten; the <see cref="CompileCheck"/> then compares
/// the diagnostics of every affected document. A diagnostic the rewrite introduced either names references still to
/// rewrite (joined to the groups involved, and the round repeats) or, when there are none, condemns the groups involved:
/// a single fix is then not offered, and Fix All leaves those references as they are.
/// </summary>
internal static class Migration
{
    // Each round either grows a group or drops one; real code settles in two or three, a few more when a declaration
    // that cannot move is dropped before the references around it.
    private const int MaxRounds = 12;

    /// <summary>The fix of one reference with everything that must change with it, or <see langword="null"/> when it cannot compile.</summary>
    /// <remarks>
    /// With <paramref name="rewritesShippedApi"/> (a fix of SSOT0005) the library's shipped signatures may change;
    /// otherwise a reference that would have to change one with it is not fixed.
    /// </remarks>
    public static async Task<MigrationResult?> RunAsync(Solution solution, LegacyLocation reference, bool rewritesShippedApi, CancellationToken cancellationToken)
    {
        var planner = new MigrationPlanner(new DocumentContext.Cache(solution), rewritesShippedApi, cancellationToken);
        if (await planner.AddAsync([reference]).ConfigureAwait(false) is null)
        {
            return null;
        }

        if (await SettleAsync(solution, planner, allOrNothing: true, cancellationToken).ConfigureAwait(false) is not { } rewritten)
        {
            return null;
        }

        MigrationGroup group = planner.Groups.Single();
        string canonical = group.References[reference].MetadataName.Replace('+', '.');
        // A linked file's reference is one reference, however many projects compile it.
        int others = group.References.Keys.Select(l => (solution.GetDocument(l.DocumentId)?.FilePath ?? l.DocumentId.Id.ToString(), l.Span)).Distinct().Count() - 1;
        string title = others == 0
            ? "Use '" + canonical + "'"
            : "Use '" + canonical + "' (with " + others + (others == 1 ? " reference" : " references") + " that must change with it)";
        return new MigrationResult(rewritten, title);
    }

    /// <summary>Every reference that can be rewritten and still compile, with what must change with it; the rest stay.</summary>
    public static async Task<Solution?> RunAllAsync(Solution solution, IEnumerable<LegacyLocation> references, bool rewritesShippedApi, CancellationToken cancellationToken)
    {
        var planner = new MigrationPlanner(new DocumentContext.Cache(solution), rewritesShippedApi, cancellationToken);
        foreach (LegacyLocation reference in references)
        {
            if (!planner.Owns(reference) && !planner.IsRefused(reference))
            {
                await planner.AddAsync([reference]).ConfigureAwait(false);
            }
        }

        return await SettleAsync(solution, planner, allOrNothing: false, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Solution?> SettleAsync(Solution solution, MigrationPlanner planner, bool allOrNothing, CancellationToken cancellationToken)
    {
        for (int round = 0; round < MaxRounds; round++)
        {
            List<MigrationGroup> groups = planner.Groups.ToList();
            if (groups.Count == 0)
            {
                return null;
            }

            (MigrationRewriter? rewriter, DocumentId? failed) = await MigrationRewriter.RewriteAsync(solution, groups, cancellationToken).ConfigureAwait(false);
            if (rewriter is null)
            {
                if (allOrNothing)
                {
                    return null;
                }

                DropWhere(planner, groups, g => g.References.Keys.Any(l => l.DocumentId == failed));
                continue;
            }

            (List<(Document Document, Diagnostic Diagnostic)> introduced, Dictionary<ISymbol, HashSet<DocumentId>> users) = await CompileCheck.NewDiagnosticsAsync(
                solution, rewriter.Solution, groups.SelectMany(g => g.Declarations), cancellationToken).ConfigureAwait(false);
            if (introduced.Count == 0)
            {
                return rewriter.Solution;
            }

            var relations = new ErrorRelations(solution, rewriter, cancellationToken);
            List<LegacyLocation> rewritten = groups.SelectMany(g => g.References.Keys).ToList();
            foreach ((Document document, Diagnostic diagnostic) in introduced)
            {
                await relations.AddAsync(document, diagnostic, rewritten).ConfigureAwait(false);
            }

            // A group that rewrote a declaration the diagnostics' documents use (a base list, a signature) reaches them
            // from afar: it is the likelier cause, and is suspected before the groups that only rewrote those documents,
            // which are suspected in a later round if the diagnostics remain. Suspecting all at once gave up references
            // that could not have caused them, and with them every reference that must agree with those.
            var documents = new HashSet<DocumentId>(introduced.Select(i => i.Document.Id));
            bool Reaches(MigrationGroup group) => group.Declarations.Any(d => users.TryGetValue(d, out HashSet<DocumentId>? used) && used.Overlaps(documents));
            List<MigrationGroup> involved = groups.Where(g => g.References.Keys.Any(relations.Involved.Contains)).ToList();
            if (involved.Count == 0)
            {
                // Nothing rewritten is in sight of the diagnostics: suspect the groups that rewrote their documents.
                involved = groups.Where(g => Reaches(g) || g.References.Keys.Any(l => documents.Contains(l.DocumentId))).ToList();
            }

            if (involved.Where(Reaches).ToList() is { Count: > 0 } reaching && reaching.Count < involved.Count)
            {
                involved = reaching;
            }

            List<LegacyLocation> additions = relations.Additions.Where(l => !planner.Owns(l)).ToList();
            if (additions.Count > 0 && additions.All(l => !planner.IsRefused(l)))
            {
                // The references that must change as well join the groups whose rewrite needs them (a single fix has one group).
                IEnumerable<MigrationGroup> joined = allOrNothing ? groups : involved;
                if (await planner.AddAsync(additions.Concat(joined.Select(g => g.References.Keys.First()))).ConfigureAwait(false) is null && allOrNothing)
                {
                    return null;
                }

                continue;
            }

            if (allOrNothing || involved.Count == 0)
            {
                return null;
            }

            DropWhere(planner, involved, _ => true);
        }

        return null;
    }

    private static void DropWhere(MigrationPlanner planner, IEnumerable<MigrationGroup> groups, System.Func<MigrationGroup, bool> predicate)
    {
        foreach (MigrationGroup group in groups.Where(predicate).ToList())
        {
            planner.Drop(group);
        }
    }
}
