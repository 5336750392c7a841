using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>
/// The property of consumer code: the code compiles with the generator; each legacy reference the case generator
/// wrote has exactly one legacy diagnostic, at its span (SSOT0001, or SSOT0006 where it binds through the alias), each
/// legacy using line exactly one SSOT0002, and nothing else is reported; the fix of each single diagnostic leaves the
/// project free of errors; Fix All, in document and in project scope, leaves no legacy diagnostic and no error, and
/// every document.
/// </summary>
internal static class ConsumerVerifier
{
    /// <summary>Checks the diagnostics of the case; returns its project and diagnostics for the fixes.</summary>
    public static Task<(Project Project, IReadOnlyList<RenderedFile> Files, ImmutableArray<Diagnostic> Diagnostics)> DiagnosticsAsync(ConsumerCase @case, ConsumerCounts counts) =>
        DiagnosticsAsync(@case.Settings, ConsumerRenderer.Render(@case), counts);

    /// <summary>
    /// Every check on consumer files written by hand (markup as <see cref="RenderedFile.FromMarkup"/> reads it): the
    /// diagnostics, each single fix, Fix All in document and in project scope.
    /// </summary>
    public static Task VerifyAsync(ConsumerSettings settings, params (string Path, string Marked)[] sources) =>
        VerifyAsync(settings, sources.Select(s => RenderedFile.FromMarkup(s.Path, s.Marked)).ToList());

    /// <summary>Every check on one case of the case generator (a shrunk case it printed, kept as a regression test).</summary>
    public static Task VerifyAsync(ConsumerCase @case) => VerifyAsync(@case.Settings, ConsumerRenderer.Render(@case));

    private static async Task VerifyAsync(ConsumerSettings settings, IReadOnlyList<RenderedFile> rendered)
    {
        var counts = new ConsumerCounts();
        (Project project, IReadOnlyList<RenderedFile> files, ImmutableArray<Diagnostic> diagnostics) = await DiagnosticsAsync(settings, rendered, counts);
        await SingleFixesAsync(project, files, diagnostics, counts);
        await FixAllAsync(project, FixAllScope.Document, counts);
        await FixAllAsync(project, FixAllScope.Project, counts);
    }

    public static async Task<(Project Project, IReadOnlyList<RenderedFile> Files, ImmutableArray<Diagnostic> Diagnostics)> DiagnosticsAsync(ConsumerSettings settings, IReadOnlyList<RenderedFile> files, ConsumerCounts counts)
    {
        Project project = ConsumerWorkspace.Create(settings, files);
        List<Diagnostic> problems = await ConsumerWorkspace.ProblemsAsync(project);
        if (problems.Count > 0)
        {
            // Blame the product only for errors the generator's output brings.
            List<Diagnostic> before = await ConsumerWorkspace.ProblemsAsync(ConsumerWorkspace.Create(settings, files, withGenerator: false));
            if (before.Count > 0)
            {
                throw new CaseGeneratorException("The consumer code does not compile even without the generator (a case generator bug):\n" + Describe(before) + "\n" + await TextAsync(project));
            }

            throw new PropertyException("The consumer code does not compile with the generator:\n" + Describe(problems) + "\n" + await TextAsync(project));
        }

        ImmutableArray<Diagnostic> diagnostics = await ConsumerWorkspace.LegacyDiagnosticsAsync(project);
        var failures = new List<string>();
        foreach (RenderedFile file in files)
        {
            List<Diagnostic> inFile = diagnostics.Where(d => d.Location.SourceTree?.FilePath == file.Path).ToList();
            foreach (TextSpan span in file.References)
            {
                Expect(failures, file, span, inFile.Where(d => d.Location.SourceSpan == span && d.Id is "SSOT0001" or "SSOT0006").ToList(), "SSOT0001 or SSOT0006");
            }

            foreach (TextSpan span in file.Usings)
            {
                Expect(failures, file, span, inFile.Where(d => d.Location.SourceSpan == span && d.Id == "SSOT0002").ToList(), "SSOT0002");
            }

            foreach (Diagnostic unexpected in inFile.Where(d => !(d.Id is "SSOT0001" or "SSOT0006" ? file.References : file.Usings).Contains(d.Location.SourceSpan)))
            {
                failures.Add(file.Path + ": unexpected " + Describe(unexpected) + " on '" + file.Text.Substring(unexpected.Location.SourceSpan.Start, unexpected.Location.SourceSpan.Length) + "'");
            }
        }

        if (failures.Count > 0)
        {
            throw new PropertyException("The legacy diagnostics are not one per reference:\n" + string.Join("\n", failures) + "\n" + await TextAsync(project));
        }

        counts.Case(files.Sum(f => f.References.Count), files.Sum(f => f.Usings.Count));
        return (project, files, diagnostics);
    }

    /// <summary>Applies the fix of each diagnostic, each to the original project alone; each result must compile.</summary>
    public static async Task SingleFixesAsync(Project project, IReadOnlyList<RenderedFile> files, ImmutableArray<Diagnostic> diagnostics, ConsumerCounts counts)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            Document document = project.GetDocument(diagnostic.Location.SourceTree)!;
            List<CodeAction> actions = await ActionsAsync(document, diagnostic);
            if (actions.Count == 0)
            {
                // A namespace import still serves the legacy simple names beside it until they are migrated; a use of a
                // legacy alias is migrated by the fix of the alias.
                RenderedFile file = files.Single(f => f.Path == diagnostic.Location.SourceTree!.FilePath);
                if (diagnostic.Id == "SSOT0002" && !diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("point the alias", System.StringComparison.Ordinal)
                    || file.AliasUses.Contains(diagnostic.Location.SourceSpan))
                {
                    continue;
                }

                throw new PropertyException("No fix is offered for " + Describe(diagnostic) + "\n" + await TextAsync(project));
            }

            foreach (CodeAction action in actions)
            {
                Solution changed = await ApplyAsync(action);
                await AssertCleanAsync(project, changed.GetProject(project.Id)!, "The fix '" + action.Title + "' of " + Describe(diagnostic), requireNoLegacy: false);
                counts.SingleFix();
            }
        }
    }

    /// <summary>Fix All of each legacy ID in turn, in <paramref name="scope"/>: no error after each, nothing legacy left at the end.</summary>
    public static async Task FixAllAsync(Project project, FixAllScope scope, ConsumerCounts counts)
    {
        Project current = project;
        IEnumerable<DocumentId> documents = scope == FixAllScope.Document ? project.DocumentIds : [project.DocumentIds[0]];
        foreach (string id in ConsumerWorkspace.FixAllOrder)
        {
            foreach (DocumentId documentId in documents)
            {
                Document document = current.GetDocument(documentId)!;
                ImmutableArray<Diagnostic> diagnostics = await ConsumerWorkspace.LegacyDiagnosticsAsync(current, scope == FixAllScope.Document ? document : null, id);
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                // The IDE offers Fix All from the fix of one diagnostic, with its equivalence key.
                Diagnostic first = diagnostics[0];
                Document at = current.GetDocument(first.Location.SourceTree)!;
                CodeFixProvider provider = ConsumerWorkspace.ProviderFor(id);
                CodeAction? action = null;
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    if ((await ActionsAsync(current.GetDocument(diagnostic.Location.SourceTree)!, diagnostic)).FirstOrDefault() is { } offered)
                    {
                        action = offered;
                        at = current.GetDocument(diagnostic.Location.SourceTree)!;
                        break;
                    }
                }

                if (action is null)
                {
                    continue;
                }

                var context = new FixAllContext(
                    scope == FixAllScope.Document ? document : at,
                    provider,
                    scope,
                    action.EquivalenceKey,
                    [id],
                    new ConsumerWorkspace.DiagnosticsOf(id),
                    CancellationToken.None);
                CodeAction? all = await provider.GetFixAllProvider()!.GetFixAsync(context);
                if (all is null)
                {
                    throw new PropertyException("Fix All of " + id + " in " + scope + " scope offers nothing\n" + await TextAsync(current));
                }

                Solution changed = await ApplyAsync(all);
                Project next = changed.GetProject(project.Id)!;
                await AssertCleanAsync(current, next, "Fix All of " + id + " in " + scope + " scope", requireNoLegacy: false);
                current = next;
                counts.FixAll();
            }
        }

        await AssertCleanAsync(project, current, "Fix All in " + scope + " scope (" + string.Join(", then ", ConsumerWorkspace.FixAllOrder) + ")", requireNoLegacy: true);
    }

    /// <summary>
    /// Fixes one diagnostic at a time, each on the result of the one before (a user going down the list), in the order
    /// of <see cref="ConsumerWorkspace.FixAllOrder"/>: no error after each, nothing legacy left at the end.
    /// </summary>
    public static async Task OneByOneAsync(Project project, ConsumerCounts counts)
    {
        Project current = project;
        while (true)
        {
            ImmutableArray<Diagnostic> left = await ConsumerWorkspace.LegacyDiagnosticsAsync(current);
            (CodeAction Action, Diagnostic Diagnostic)? next = null;
            foreach (Diagnostic diagnostic in ConsumerWorkspace.FixAllOrder.SelectMany(id => left.Where(d => d.Id == id)))
            {
                if ((await ActionsAsync(current.GetDocument(diagnostic.Location.SourceTree)!, diagnostic)).FirstOrDefault() is { } action)
                {
                    next = (action, diagnostic);
                    break;
                }
            }

            if (next is not { } step)
            {
                break;
            }

            Project fixedProject = (await ApplyAsync(step.Action)).GetProject(project.Id)!;
            await AssertCleanAsync(current, fixedProject, "The fix '" + step.Action.Title + "' of " + Describe(step.Diagnostic) + ", after " + counts.SingleFixes + " fixes one at a time", requireNoLegacy: false);
            if (await ConsumerWorkspace.LegacyDiagnosticsAsync(fixedProject) is var after && after.Length >= left.Length)
            {
                throw new PropertyException("The fix '" + step.Action.Title + "' of " + Describe(step.Diagnostic) + " leaves as many legacy diagnostics as before\n" + await TextAsync(fixedProject));
            }

            current = fixedProject;
            counts.SingleFix();
        }

        await AssertCleanAsync(project, current, "Fixing one diagnostic at a time", requireNoLegacy: true);
    }

    private static async Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await ConsumerWorkspace.ProviderFor(diagnostic.Id).RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    private static async Task AssertCleanAsync(Project before, Project after, string what, bool requireNoLegacy)
    {
        var failures = new List<string>();
        string[] lost = before.Documents.Select(d => d.FilePath!).Except(after.Documents.Select(d => d.FilePath!)).ToArray();
        if (lost.Length > 0)
        {
            failures.Add("documents lost: " + string.Join(", ", lost));
        }

        List<Diagnostic> problems = await ConsumerWorkspace.ProblemsAsync(after);
        if (problems.Count > 0)
        {
            failures.Add("does not compile:\n" + Describe(problems));
        }

        if (requireNoLegacy && await ConsumerWorkspace.LegacyDiagnosticsAsync(after) is { IsEmpty: false } left)
        {
            failures.Add("leaves legacy diagnostics:\n" + Describe(left));
        }

        if (failures.Count > 0)
        {
            throw new PropertyException(what + ": " + string.Join("\n", failures) + "\n\nbefore:\n" + await TextAsync(before) + "\nafter:\n" + await TextAsync(after));
        }
    }

    private static void Expect(List<string> failures, RenderedFile file, TextSpan span, List<Diagnostic> found, string ids)
    {
        if (found.Count != 1)
        {
            LinePosition at = SourceText.From(file.Text).Lines.GetLinePosition(span.Start);
            failures.Add(file.Path + "(" + (at.Line + 1) + "," + (at.Character + 1) + "): expected one " + ids + " on '" + file.Text.Substring(span.Start, span.Length) + "', found " + found.Count);
        }
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(Describe));

    private static string Describe(Diagnostic diagnostic) => diagnostic.ToString();

    private static async Task<string> TextAsync(Project project)
    {
        var text = new StringBuilder();
        foreach (Document document in project.Documents)
        {
            text.Append("// ").Append(document.FilePath).Append('\n').Append((await document.GetTextAsync()).ToString()).Append('\n');
        }

        return text.ToString();
    }
}
