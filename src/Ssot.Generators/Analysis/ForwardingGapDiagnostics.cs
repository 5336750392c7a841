using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports each member a canonical type's shim cannot carry as old code expects (SSOT1014), at the member, with what
/// breaks and what to do. Members are read here only for types that have a shim, with the generator's own reader, so
/// what is reported is what the generator leaves out.
/// </summary>
internal static class ForwardingGapDiagnostics
{
    public static IEnumerable<Diagnostic> Of(INamedTypeSymbol type, CanonicalTypeModel model, Location attributeLocation, Compilation compilation, CancellationToken cancellationToken)
    {
        if (model.Shape is ShimShape.None or ShimShape.DerivedInterface)
        {
            return [];
        }

        ShimMembers members = CanonicalReader.ReadMembers(type, model, compilation, cancellationToken);
        if (members.Gaps.IsEmpty)
        {
            return [];
        }

        string shims = string.Join("', '", model.LegacyTypes.Select(l => LegacyName.TryParse(l.MetadataName, out _)?.DisplayName ?? l.MetadataName));
        var reported = new HashSet<(Location, string)>();
        var diagnostics = new List<Diagnostic>();
        foreach (ForwardingGap gap in members.Gaps)
        {
            Location at = LocationOf(gap, compilation) ?? attributeLocation;
            string why = Why(gap, model);
            if (reported.Add((at, gap.Member + why)))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MemberNotForwarded, at, shims, gap.Member, why));
            }
        }

        return diagnostics;
    }

    /// <summary>The member's declaration, or <see langword="null"/> when it is declared in a referenced assembly.</summary>
    private static Location? LocationOf(ForwardingGap gap, Compilation compilation) =>
        gap.DocumentationId.Length > 0
        && DocumentationCommentId.GetFirstSymbolForDeclarationId(gap.DocumentationId, compilation) is { } member
        && member.Locations.FirstOrDefault(l => l.IsInSource) is { } location
            ? location
            : null;

    /// <summary>What breaks (source callers through the legacy name, binaries compiled against the old type), and what to do.</summary>
    private static string Why(ForwardingGap gap, CanonicalTypeModel model)
    {
        bool field = gap.DocumentationId.StartsWith("F:", StringComparison.Ordinal);
        string binaries = "binaries compiled against the old type that use it fail with " + (field ? "MissingFieldException" : "MissingMethodException");
        bool subclass = model.Shape == ShimShape.Subclass;
        switch (gap.Reason)
        {
            case GapReason.InstanceField when subclass:
                return "the subclass shim inherits the field, so source callers through the legacy name compile, but " + binaries
                    + " (the runtime does not look for a field in base types); rebuild those binaries against the new assembly";
            case GapReason.InstanceField:
                return "the facade forwards the field as a property, so source callers through the legacy name compile unless they pass it by ref or out, but "
                    + binaries + "; rebuild those binaries against the new assembly";
            case GapReason.MutableStaticField when subclass:
                return "the subclass shim inherits the field and cannot redeclare it without splitting its storage, so source callers through the legacy name compile, but "
                    + binaries + "; make it static readonly if it is never reassigned, or rebuild those binaries";
            case GapReason.MutableStaticField:
                return "the shim forwards the field as a static property, so source callers through the legacy name compile unless they pass it by ref or out, but "
                    + binaries + "; make it static readonly if it is never reassigned (the shim then has the field), or rebuild those binaries";
            case GapReason.UnnameableType:
                return "its signature names '" + gap.Detail + "', which the shim cannot name, so source callers through the legacy name do not compile and "
                    + binaries + "; make '" + gap.Detail + "' public or internal, or call the member through the canonical type";
            case GapReason.Operator when subclass:
                return "the subclass shim inherits the " + OperatorDisplay(gap.Detail) + ", so source code that applies it to the legacy type compiles, but "
                    + binaries + " (its signature names the old type); rebuild those binaries against the new assembly";
            case GapReason.Operator:
                return "the shim cannot declare the " + OperatorDisplay(gap.Detail) + " (an operator must take the type that declares it), so code that applies it to the legacy type does not compile and "
                    + binaries + "; convert the value to the canonical type where the operator is used";
            case GapReason.HidesObjectMember:
                return "it hides '" + gap.Detail + "', a member of object, which the shim keeps as it is (forwarding it would hide it on the shim too and change what it means there), so source callers and "
                    + "binaries compiled against the old type that call it through the legacy name reach object's own member instead, or, where that one is protected, do not compile and fail with MethodAccessException; "
                    + "call it through the canonical type, or rename the member";
            default:
                return "a type cannot have a member of its own name, so source callers through the legacy name do not compile and " + binaries + "; "
                    + (subclass ? "rename the field, or rebuild those binaries"
                        : model.Kind is CanonicalKind.Class or CanonicalKind.AbstractClass ? "choose Shim = ShimKind.Subclass, where the inherited member is allowed, or rename the member"
                        : "rename the member, or call it through the canonical type (a " + (model.Kind == CanonicalKind.Struct ? "struct" : model.Kind == CanonicalKind.StaticClass ? "static class" : "sealed class") + " has no subclass shim)");
        }
    }

    private static string OperatorDisplay(string metadataName) => metadataName switch
    {
        "op_Increment" => "operator ++",
        "op_Decrement" => "operator --",
        "op_True" => "operator true",
        "op_False" => "operator false",
        "op_Implicit" => "implicit conversion",
        "op_Explicit" => "explicit conversion",
        _ when metadataName.StartsWith("op_Checked", StringComparison.Ordinal) => "checked operator '" + metadataName + "'",
        _ => MemberModelReader.OperatorToken(metadataName) is { } token ? "operator " + token : "operator '" + metadataName + "'",
    };
}
