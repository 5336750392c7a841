using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Ssot.CodeFixes.Migrating;
using Ssot.CodeFixes.References;
using Ssot.Generators.Analysis;
using Ssot.Generators.Diagnostics;

namespace Ssot.CodeFixes;

/// <summary>
/// Rewrites a legacy type reference to its canonical type, with every reference that must change with it, and only
/// where the result is shown to compile. A reference in the library's shipped API (SSOT0005) is rewritten only by the fix
/// of that diagnostic, which says that it breaks binaries.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LegacyReferenceCodeFixProvider))]
[Shared]
public sealed class LegacyReferenceCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LegacyReference, DiagnosticIds.LegacyTypeInPublicSignature);

    public override FixAllProvider GetFixAllProvider() => LegacyReferenceFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            // The compiler's own report of the same reference (where no suppressor removed it) has no canonical type on it.
            if (!diagnostic.Properties.ContainsKey(DiagnosticProperties.Canonical) || !diagnostic.Location.IsInSource)
            {
                continue;
            }

            bool rewritesShippedApi = diagnostic.Id == DiagnosticIds.LegacyTypeInPublicSignature;
            MigrationResult? result = await Migration.RunAsync(
                context.Document.Project.Solution,
                new LegacyLocation(context.Document.Id, diagnostic.Location.SourceSpan),
                rewritesShippedApi,
                context.CancellationToken).ConfigureAwait(false);
            if (result is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    rewritesShippedApi ? result.Title + " in the public API (breaks binaries compiled against it)" : result.Title,
                    _ => Task.FromResult(result.Solution),
                    equivalenceKey: nameof(LegacyReferenceCodeFixProvider) + "." + diagnostic.Id),
                diagnostic);
        }
    }
}
