using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.CodeFixes.Migrating;

/// <summary>
/// Proves a rewrite compiles: the errors and warnings of every document it can affect, after, against before. A
/// document is affected when it is rewritten (in any project that compiles it), when it uses a declaration whose
/// signature, type or base list was rewritten, or when the generator's output for its project changed.
/// </summary>
internal static class CompileCheck
{
    /// <summary>
    /// The diagnostics the rewrite introduces, each with the rewritten document it is in; and, for each rewritten
    /// declaration, the documents that use it (where a diagnostic it causes can be).
    /// </summary>
    public static async Task<(List<(Document Document, Diagnostic Diagnostic)> Introduced, Dictionary<ISymbol, HashSet<DocumentId>> Users)> NewDiagnosticsAsync(
        Solution before, Solution after, IEnumerable<ISymbol> declarations, CancellationToken cancellationToken)
    {
        var changed = new HashSet<DocumentId>(after.GetChanges(before).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()));
        var affected = new HashSet<DocumentId>(changed);
        var users = new Dictionary<ISymbol, HashSet<DocumentId>>(SymbolEqualityComparer.Default);
        foreach (ISymbol declaration in declarations)
        {
            var documents = new HashSet<DocumentId>();
            foreach (ReferencedSymbol referenced in await SymbolFinder.FindReferencesAsync(declaration, before, cancellationToken).ConfigureAwait(false))
            {
                foreach (Microsoft.CodeAnalysis.FindSymbols.ReferenceLocation location in referenced.Locations)
                {
                    documents.Add(location.Document.Id);
                    documents.UnionWith(location.Document.GetLinkedDocumentIds());
                }
            }

            users[declaration] = documents;
            affected.UnionWith(documents);
        }

        foreach (ProjectId projectId in changed.Select(d => d.ProjectId).Distinct().ToList())
        {
            if (!await SameGeneratedSourcesAsync(before.GetProject(projectId)!, after.GetProject(projectId)!, cancellationToken).ConfigureAwait(false))
            {
                affected.UnionWith(after.GetProject(projectId)!.DocumentIds);
            }
        }

        var introduced = new List<(Document, Diagnostic)>();
        foreach (DocumentId id in affected)
        {
            if (before.GetDocument(id) is not { } original || after.GetDocument(id) is not { } rewritten)
            {
                continue;
            }

            PositionMap map = changed.Contains(id)
                ? new PositionMap(await rewritten.GetTextChangesAsync(original, cancellationToken).ConfigureAwait(false), await original.GetTextAsync(cancellationToken).ConfigureAwait(false))
                : PositionMap.Identity;
            List<Diagnostic> old = (await DiagnosticsAsync(original, cancellationToken).ConfigureAwait(false)).ToList();
            var consumed = new bool[old.Count];
            var unplaced = new List<Diagnostic>();
            foreach (Diagnostic diagnostic in await DiagnosticsAsync(rewritten, cancellationToken).ConfigureAwait(false))
            {
                int start = map.ToOld(diagnostic.Location.SourceSpan.Start);
                if (!Consume(old, consumed, d => d.Id == diagnostic.Id && d.Location.SourceSpan.Start == start))
                {
                    unplaced.Add(diagnostic);
                }
            }

            // The workspace's diff of a rewritten document can be one change over text that did not change (from the first
            // rewritten name to the end of its member list): a diagnostic in there maps to the change's start. One that the
            // original has on the same text is no new one: with the same message first, then with a message that names
            // the rewritten type (CS1591 names the member's signature).
            SourceText oldText = await original.GetTextAsync(cancellationToken).ConfigureAwait(false);
            SourceText newText = await rewritten.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var unmatched = new List<Diagnostic>();
            foreach (Diagnostic diagnostic in unplaced)
            {
                string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
                string text = newText.ToString(diagnostic.Location.SourceSpan);
                if (!Consume(old, consumed, d => d.Id == diagnostic.Id && d.GetMessage(CultureInfo.InvariantCulture) == message && oldText.ToString(d.Location.SourceSpan) == text))
                {
                    unmatched.Add(diagnostic);
                }
            }

            foreach (Diagnostic diagnostic in unmatched)
            {
                string text = newText.ToString(diagnostic.Location.SourceSpan);
                if (!Consume(old, consumed, d => d.Id == diagnostic.Id && oldText.ToString(d.Location.SourceSpan) == text))
                {
                    introduced.Add((rewritten, diagnostic));
                }
            }
        }

        return (introduced, users);
    }

    /// <summary>Marks the first diagnostic of <paramref name="before"/> not consumed yet that <paramref name="matches"/> as consumed.</summary>
    private static bool Consume(List<Diagnostic> before, bool[] consumed, System.Func<Diagnostic, bool> matches)
    {
        for (int i = 0; i < before.Count; i++)
        {
            if (!consumed[i] && matches(before[i]))
            {
                consumed[i] = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>What breaks a build: errors, and warnings (a project may treat them as errors).</summary>
    private static async Task<IEnumerable<Diagnostic>> DiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        SemanticModel model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        return model.GetDiagnostics(cancellationToken: cancellationToken)
            .Where(d => !d.IsSuppressed && d.Location.IsInSource && d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning);
    }

    private static async Task<bool> SameGeneratedSourcesAsync(Project before, Project after, CancellationToken cancellationToken)
    {
        ImmutableArray<SourceGeneratedDocument> old = (await before.GetSourceGeneratedDocumentsAsync(cancellationToken).ConfigureAwait(false)).ToImmutableArray();
        ImmutableArray<SourceGeneratedDocument> @new = (await after.GetSourceGeneratedDocumentsAsync(cancellationToken).ConfigureAwait(false)).ToImmutableArray();
        if (old.Length != @new.Length)
        {
            return false;
        }

        foreach (SourceGeneratedDocument document in @new)
        {
            SourceGeneratedDocument? match = old.FirstOrDefault(d => d.HintName == document.HintName);
            if (match is null || !(await match.GetTextAsync(cancellationToken).ConfigureAwait(false)).ContentEquals(await document.GetTextAsync(cancellationToken).ConfigureAwait(false)))
            {
                return false;
            }
        }

        return true;
    }
}
