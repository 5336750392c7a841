using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Ssot.Generators.Diagnostics;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports a reference-identity comparison (<c>object.ReferenceEquals</c>, or <c>==</c> / <c>!=</c> where no
/// user-defined operator is chosen) between a value typed as a facade shim and a value that is its canonical instance:
/// a facade and the instance it wraps are two objects, so the answer is always false (SSOT1023). A class renamed in place
/// meets this in its own code, where the old name now binds to the facade: <c>ReferenceEquals(this, other)</c>.
/// The other side counts when its type is the canonical type (or derives from it), or when it is <c>this</c> in a class
/// the canonical type derives from; a value typed <c>object</c> or as an interface may hold the facade itself (an event's
/// sender seen through the facade is the facade), so it is not reported. Two facade-typed values are not either: there
/// is one facade per canonical instance.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IdentityThroughFacadeAnalyzer : MigrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.IdentityThroughFacade);

    private protected override void Start(CompilationStartAnalysisContext context, LegacyTypeMap map)
    {
        context.RegisterOperationAction(c => AnalyzeInvocation(c, map), OperationKind.Invocation);
        context.RegisterOperationAction(c => AnalyzeBinary(c, map), OperationKind.Binary);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, LegacyTypeMap map)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is { Name: nameof(ReferenceEquals), IsStatic: true, ContainingType.SpecialType: SpecialType.System_Object }
            && invocation.Arguments.Length == 2)
        {
            Analyze(context, map, invocation.Arguments[0].Value, invocation.Arguments[1].Value);
        }
    }

    private static void AnalyzeBinary(OperationAnalysisContext context, LegacyTypeMap map)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
            && binary.OperatorMethod is null
            && !binary.IsLifted
            && binary.LeftOperand.Type is { IsReferenceType: true }
            && binary.RightOperand.Type is { IsReferenceType: true })
        {
            Analyze(context, map, binary.LeftOperand, binary.RightOperand);
        }
    }

    private static void Analyze(OperationAnalysisContext context, LegacyTypeMap map, IOperation left, IOperation right)
    {
        left = Unwrap(left);
        right = Unwrap(right);
        if (!Report(context, map, left, right))
        {
            Report(context, map, right, left);
        }
    }

    /// <summary>Reports <paramref name="facade"/> when it is typed as a facade and <paramref name="other"/> is its canonical instance.</summary>
    private static bool Report(OperationAnalysisContext context, LegacyTypeMap map, IOperation facade, IOperation other)
    {
        if (map.Find(facade.Type) is not { IsClassFacade: true, Canonical: { } canonical } legacy || !IsCanonicalInstance(other, canonical))
        {
            return false;
        }

        context.ReportDiagnostic(LegacyDiagnostics.Create(
            DiagnosticDescriptors.IdentityThroughFacade,
            facade.Syntax.GetLocation(),
            legacy,
            facade.Syntax.ToString(),
            canonical.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        return true;
    }

    /// <summary>
    /// Whether the value is a canonical instance, never a facade: its type is the canonical type or derives from it, or
    /// it is <c>this</c> (or <c>base</c>) in a class the canonical type derives from.
    /// </summary>
    private static bool IsCanonicalInstance(IOperation operation, INamedTypeSymbol canonical)
    {
        if (operation.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } type)
        {
            return false;
        }

        if (LegacyType.Inherits(type, canonical))
        {
            return true;
        }

        if (operation is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
        {
            return LegacyType.Inherits(canonical, type);
        }

        return false;
    }

    /// <summary>The operand itself, under the conversions that keep the reference (to a base, an interface, <c>object</c>), written or not.</summary>
    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { Conversion: { IsUserDefined: false } conversion } converted
            && (conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference)))
        {
            operation = converted.Operand;
        }

        return operation;
    }
}
