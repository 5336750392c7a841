using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.CodeFixes.Migrating;

/// <summary>
/// A legacy name that only qualifies a static member (<c>Old.Make()</c>, <c>Old.Current</c>): the shim's member forwards
/// to the canonical one, so the rewritten access means what it meant. Where it also keeps its type (the canonical
/// member's declared type is the legacy type, as the shim's is), the rewrite cannot change what compiles around it,
/// and a diagnostic there is the doing of another rewrite: the declaration of that member, say, which the code around
/// it still needs as it was.
/// </summary>
internal static class StaticAccessRewrite
{
    /// <summary>
    /// Whether <paramref name="original"/>, a legacy reference of the original text, and <paramref name="written"/>, the
    /// canonical name written in its place, qualify the same static member access, whose type is the same before and
    /// after (bound in the original compilation, where nothing else was rewritten).
    /// </summary>
    public static bool KeepsType(SyntaxNode original, SemanticModel model, SyntaxNode written, CancellationToken cancellationToken)
    {
        if (Access(original) is not { } before || Access(written) is not { } after)
        {
            return false;
        }

        if (model.GetSymbolInfo(before.Access, cancellationToken).Symbol is not { IsStatic: true } member || member is ITypeSymbol)
        {
            return false;
        }

        if (member is IMethodSymbol && before.Use == before.Access)
        {
            // A method group converts to a delegate by the signatures of its methods: the shim's forwarders and the
            // canonical methods they forward to must offer the same ones.
            return SameGroup(
                model.GetSpeculativeSymbolInfo(before.Use.SpanStart, before.Use, SpeculativeBindingOption.BindAsExpression),
                model.GetSpeculativeSymbolInfo(before.Use.SpanStart, after.Use, SpeculativeBindingOption.BindAsExpression));
        }

        if (model.GetTypeInfo(before.Use, cancellationToken).Type is not { TypeKind: not TypeKind.Error } type)
        {
            return false;
        }

        return model.GetSpeculativeSymbolInfo(before.Use.SpanStart, after.Use, SpeculativeBindingOption.BindAsExpression).Symbol is { IsStatic: true }
            && model.GetSpeculativeTypeInfo(before.Use.SpanStart, after.Use, SpeculativeBindingOption.BindAsExpression).Type is { } rewritten
            && SymbolEqualityComparer.IncludeNullability.Equals(type, rewritten);
    }

    private static bool SameGroup(SymbolInfo before, SymbolInfo after)
    {
        var old = Methods(before).Select(Signature).ToList();
        var @new = Methods(after).Select(Signature).ToList();
        return old.Count > 0 && old.Count == @new.Count && old.All(@new.Remove);
    }

    private static IEnumerable<IMethodSymbol> Methods(SymbolInfo info) =>
        (info.Symbol is { } symbol ? [symbol] : info.CandidateSymbols).OfType<IMethodSymbol>();

    /// <summary>What a delegate conversion looks at: type parameters, <c>ref</c> kinds, parameter and return types.</summary>
    private static string Signature(IMethodSymbol method) =>
        method.Arity + (method.ReturnsByRef ? " ref " : method.ReturnsByRefReadonly ? " ref readonly " : " ")
        + method.ReturnType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
        + "(" + string.Join(", ", method.Parameters.Select(p => p.RefKind + " " + p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))) + ")";

    /// <summary>The member access a name is the receiver of, and the expression whose value it gives (the call, when it is called).</summary>
    private static (MemberAccessExpressionSyntax Access, ExpressionSyntax Use)? Access(SyntaxNode name)
    {
        if (name.Parent is not MemberAccessExpressionSyntax access || access.Expression != name || !access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            return null;
        }

        return access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access ? (access, invocation) : (access, access);
    }
}
