using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// A stand-in analyzer for <see cref="TypingFuzzCanFailTests"/>: it reports each type declaration's base types, and keeps
/// what it reported per syntax tree (the way the package keeps each file's declarations), without noticing that a base
/// type declared in another file changed.
/// </summary>
#pragma warning disable RS1001 // Handed to the test's driver directly, never found by a compiler: no attribute to find it by.
internal sealed class StaleTreeAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
#pragma warning disable RS2008 // A test stand-in, never shipped: no release to track.
    private static readonly DiagnosticDescriptor Bases = new("TEST0001", "Bases", "'{0}' derives from {1}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

    private static readonly ConditionalWeakTable<SyntaxTree, string[]> Reported = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Bases];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSemanticModelAction(static model =>
        {
            TypeDeclarationSyntax[] types = model.SemanticModel.SyntaxTree.GetRoot(model.CancellationToken).DescendantNodes().OfType<TypeDeclarationSyntax>().ToArray();
            string[] messages = Reported.GetValue(model.SemanticModel.SyntaxTree, _ => types
                .Select(t => model.SemanticModel.GetDeclaredSymbol(t, model.CancellationToken) is INamedTypeSymbol symbol
                    ? string.Join(", ", symbol.AllInterfaces.Prepend(symbol.BaseType).OfType<INamedTypeSymbol>().Select(b => b.ToDisplayString()))
                    : string.Empty)
                .ToArray());
            for (int i = 0; i < types.Length; i++)
            {
                model.ReportDiagnostic(Diagnostic.Create(Bases, types[i].Identifier.GetLocation(), types[i].Identifier.ValueText, messages[i]));
            }
        });
    }
}
