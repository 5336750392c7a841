using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports the usage errors of <c>[LegacyName]</c> at its argument, with the generator's own reader, so that what is
/// reported is exactly what gets no forwarder: a member no shim forwards, a name that clashes, a name that is no
/// identifier; and, for a mapping only the shim can serve, why code through the alias cannot.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyNameUsageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LegacyNameNotForwarded,
        DiagnosticDescriptors.LegacyNameClash,
        DiagnosticDescriptors.InvalidLegacyMemberName,
        DiagnosticDescriptors.LegacyNameNotThroughAlias);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!start.Compilation.GetTypesByMetadataName(LegacyMemberReader.AttributeMetadataName).Any())
            {
                return;
            }

            // The mappings of a type are read once, whichever of its attributes is analyzed first.
            var byType = new ConcurrentDictionary<INamedTypeSymbol, List<Diagnostic>>(SymbolEqualityComparer.Default);
            start.RegisterSyntaxNodeAction(c => Analyze(c, byType), SyntaxKind.Attribute);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ConcurrentDictionary<INamedTypeSymbol, List<Diagnostic>> byType)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (NameText.Last(attribute.Name) is not ("LegacyName" or "LegacyNameAttribute")
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } attributeClass }
            || TypeDisplay.MetadataNameOf(attributeClass) != LegacyMemberReader.AttributeMetadataName
            || attribute.Parent?.Parent is not { } declaration
            || OwnerOf(declaration, context.SemanticModel, context.CancellationToken) is not { ContainingType: { } type } member)
        {
            return;
        }

        if (CanonicalReader.FindAttribute(type) is not { } canonical)
        {
            string name = attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal ? literal.Token.ValueText : "?";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.LegacyNameNotForwarded,
                attribute.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation() ?? attribute.GetLocation(),
                name,
                member.ToReadable(),
                "'" + type.ToReadable() + "' is not a [Canonical] type, so it has no shim"));
            return;
        }

        List<Diagnostic> diagnostics = byType.GetOrAdd(type, key =>
        {
            CanonicalAttributeData data = CanonicalAttributeData.Read(canonical);
            string[] shimNames = data.LegacyNames.Select(n => LegacyName.TryParse(n, out _)?.Name).OfType<string>().ToArray();
            var found = new List<Diagnostic>();
            LegacyMemberReader.ReadMappings(key, shimNames, hasShim: data.Shim != RequestedShim.None, found);
            return found;
        });
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Location.SourceTree == attribute.SyntaxTree && attribute.Span.Contains(diagnostic.Location.SourceSpan))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static ISymbol? OwnerOf(SyntaxNode declaration, SemanticModel model, System.Threading.CancellationToken cancellationToken) => declaration switch
    {
        EventFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => model.GetDeclaredSymbol(v, cancellationToken)).FirstOrDefault(),
        MemberDeclarationSyntax member => model.GetDeclaredSymbol(member, cancellationToken),
        _ => null,
    };
}
