using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports every use of a member by its legacy name (<c>[LegacyName]</c>) once, as SSOT0007, with the name its fix
/// renames it to: through a shim, or through the canonical type itself (the alias). The compiler's own report of the
/// obsolete forwarder is removed by <see cref="LegacyReferenceSuppressor"/>. Registers nothing in a compilation that
/// sees no legacy member name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyMemberAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = LegacyDiagnostics.SupportedBy(DiagnosticDescriptors.LegacyMemberName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (LegacyMemberMap.For(start.Compilation) is not { } members)
            {
                return;
            }

            LegacyTypeMap? types = LegacyTypeMap.For(start.Compilation);
            start.RegisterSyntaxNodeAction(c => Analyze(c, members, types), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, LegacyMemberMap members, LegacyTypeMap? types)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (LegacyMemberFinder.Find(name, context.SemanticModel, members, types, context.CancellationToken) is { IsReportedByAnalyzer: true } member)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.LegacyMemberName,
                name.GetLocation(),
                ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.Source, "analyzer")
                    .Add(DiagnosticProperties.Target, member.Entry.Target),
                member.Message));
        }
    }
}
