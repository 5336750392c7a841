using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// The property: the case compiles before generation; the generator throws nothing; the output builds with no error
/// and no warning except each legacy reference once (under its configured ID) and the usage diagnostics the case
/// earns; only types with a usage error lose their output; the generated text is the same on every run and in every
/// culture, with '\n' line ends only.
/// </summary>
internal static class CaseVerifier
{
    /// <summary>The characters the C# lexer ends a line at; only '\n' may appear in generated text.</summary>
    private static readonly char[] ForeignLineBreaks = ['\r', '\u2028', '\u2029', '\u0085'];

    private static readonly Regex LegacyEntry = new("\\[assembly: global::System\\.Reflection\\.AssemblyMetadata\\(\"Ssot\\.Legacy\", \"([^\"]*)\"\\)\\]", RegexOptions.CultureInvariant);

    private static readonly Regex AliasLine = new("^global using (.*);$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    public static void Verify(CaseRun run)
    {
        // 1. The case itself is valid C#: otherwise the case generator is broken, not the product.
        if (run.InputDiagnostics.Length > 0)
        {
            throw new CaseGeneratorException("The random case does not compile cleanly BEFORE generation (a case generator bug):\n" + Describe(run.InputDiagnostics));
        }

        // 2. The generator never throws.
        if (!run.Exceptions.IsEmpty)
        {
            throw new PropertyException("The generator threw:\n" + string.Join("\n", run.Exceptions));
        }

        // 3. Line endings and determinism, across runs and cultures.
        foreach ((string hint, string generated) in run.Sources)
        {
            int index = generated.IndexOfAny(ForeignLineBreaks);
            if (index >= 0)
            {
                throw new PropertyException("Generated file " + hint + " has a line break other than '\\n' (U+" + ((int)generated[index]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ") at offset " + index + ":\n" + generated);
            }
        }

        foreach ((string label, IReadOnlyDictionary<string, string> sources) in run.Reruns)
        {
            string? difference = Difference(run.Sources, sources);
            if (difference is not null)
            {
                throw new PropertyException("The generated text differs in the " + label + " run: " + difference);
            }
        }

        // 4. The build: each legacy reference reported once, the expected usage diagnostics, nothing else.
        var expectedReferences = run.Expected.Shims
            .Select((shim, i) => (Shim: shim, Line: i + CaseRenderer.UsageFirstLine))
            .ToList();
        var unexpected = new List<Diagnostic>();
        var referenceCounts = new int[expectedReferences.Count];
        foreach (Diagnostic diagnostic in run.BuildDiagnostics)
        {
            if (IsUsageDiagnostic(diagnostic, run))
            {
                continue;
            }

            if (diagnostic.Location.SourceTree?.FilePath == CaseRenderer.UsageFile)
            {
                int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                int reference = expectedReferences.FindIndex(r => r.Line == line);
                if (reference >= 0
                    && diagnostic.Id == expectedReferences[reference].Shim.Type.Attribute.ReferenceId
                    && diagnostic.Severity == (expectedReferences[reference].Shim.Type.Attribute.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning))
                {
                    referenceCounts[reference]++;
                    continue;
                }
            }

            if (diagnostic.Severity >= DiagnosticSeverity.Warning)
            {
                unexpected.Add(diagnostic);
            }
        }

        if (unexpected.Count > 0)
        {
            throw new PropertyException("The output does not build cleanly:\n" + Describe(unexpected) + "\n\n" + GeneratedText(run, unexpected));
        }

        for (int i = 0; i < referenceCounts.Length; i++)
        {
            if (referenceCounts[i] != 1)
            {
                throw new PropertyException(
                    "The legacy reference typeof(" + expectedReferences[i].Shim.Legacy.TypeOfText + ") is reported " + referenceCounts[i] + " times under "
                    + expectedReferences[i].Shim.Type.Attribute.ReferenceId + ", not once:\n" + Describe(run.BuildDiagnostics.Where(d => d.Location.SourceTree?.FilePath == CaseRenderer.UsageFile)));
            }
        }

        List<string> expectedUsage = run.Expected.UsageDiagnostics();
        List<string> actualUsage = run.UsageDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        if (!expectedUsage.SequenceEqual(actualUsage, StringComparer.Ordinal))
        {
            throw new PropertyException(
                "The usage diagnostics differ.\nExpected: " + string.Join(", ", expectedUsage) + "\nActual:   " + string.Join(", ", actualUsage)
                + "\n" + Describe(run.UsageDiagnostics));
        }

        // 5. Output skipped only where a usage error says so: every other legacy name has its shim, and the aliases are right.
        var expectedShims = run.Expected.Shims.Select(s => s.Legacy.MetadataName + " -> " + s.Type.MetadataName).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var actualShims = run.Sources.Values
            .SelectMany(text => LegacyEntry.Matches(text).Select(m => m.Groups[1].Value.Split(';')))
            .Select(parts => parts[0] + " -> " + parts[1])
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        if (!expectedShims.SequenceEqual(actualShims, StringComparer.Ordinal))
        {
            throw new PropertyException("The shims differ.\nExpected:\n  " + string.Join("\n  ", expectedShims) + "\nActual:\n  " + string.Join("\n  ", actualShims));
        }

        List<string> expectedAliases = run.Expected.AliasLines();
        List<string> actualAliases = run.Sources.Values.SelectMany(text => AliasLine.Matches(text).Select(m => m.Groups[1].Value)).OrderBy(a => a, StringComparer.Ordinal).ToList();
        if (!expectedAliases.SequenceEqual(actualAliases, StringComparer.Ordinal))
        {
            throw new PropertyException("The aliases differ.\nExpected:\n  " + string.Join("\n  ", expectedAliases) + "\nActual:\n  " + string.Join("\n  ", actualAliases));
        }

        // 5b. Each shim has the shape the rules give its type: a subclass derives from the canonical type, a facade does not.
        foreach ((CanonicalTypeSpec type, LegacyNameSpec legacy) in run.Expected.Shims)
        {
            string? shape = run.Expected.Outcomes.First(o => ReferenceEquals(o.Type, type)).Shape;
            if (shape is "Subclass" or "Facade"
                && run.Output?.GetTypeByMetadataName(legacy.MetadataName) is { } shim && run.Output.GetTypeByMetadataName(type.MetadataName) is { } canonical
                && SymbolEqualityComparer.Default.Equals(shim.BaseType?.OriginalDefinition, canonical) != (shape == "Subclass"))
            {
                throw new PropertyException("The shim " + legacy.MetadataName + " of " + type.MetadataName + " is not the " + shape + " the rules give it; its base type is " + shim.BaseType?.ToDisplayString() + ".");
            }
        }

        // 6. Defaults of every kind survive forwarding exactly: NaN, negative zero, decimal scale, char and string escapes.
        foreach ((string legacy, string canonical) in run.Expected.Shims.Select(s => (s.Legacy.MetadataName, s.Type.MetadataName)))
        {
            if (run.Output?.GetTypeByMetadataName(legacy) is { } shim && run.Output.GetTypeByMetadataName(canonical) is { } original
                && DefaultDifference(shim, original) is { } difference)
            {
                throw new PropertyException("A forwarded default value differs from the canonical member's: " + difference);
            }
        }

        string registrations = run.Sources.TryGetValue("Ssot.Registrations.g.cs", out string? text) ? text : string.Empty;
        foreach (string method in run.Expected.Registrations)
        {
            if (!registrations.Contains(" " + method + "(", StringComparison.Ordinal))
            {
                throw new PropertyException("No registration method " + method + " was generated:\n" + registrations);
            }
        }
    }

    /// <summary>The first parameter default of a shim member that is not exactly the canonical member's, or <see langword="null"/>.</summary>
    private static string? DefaultDifference(INamedTypeSymbol shim, INamedTypeSymbol canonical)
    {
        // The facade's private members are its own (the constructor that wraps a canonical instance may share a
        // parameter name with a canonical constructor): they forward nothing.
        foreach (ISymbol member in shim.GetMembers().Where(m => m.DeclaredAccessibility != Accessibility.Private))
        {
            ImmutableArray<IParameterSymbol> parameters = ParametersOf(member);
            if (parameters.IsEmpty)
            {
                continue;
            }

            // The canonical member of the same name and parameter names (a facade may change parameter types to itself).
            ISymbol[] originals = canonical.GetMembers(member.Name)
                .Where(m => ParametersOf(m).Select(p => p.Name).SequenceEqual(parameters.Select(p => p.Name), StringComparer.Ordinal))
                .ToArray();
            if (originals.Length != 1)
            {
                continue;
            }

            ImmutableArray<IParameterSymbol> expected = ParametersOf(originals[0]);
            for (int i = 0; i < parameters.Length; i++)
            {
                if (expected[i].HasExplicitDefaultValue != parameters[i].HasExplicitDefaultValue
                    || (expected[i].HasExplicitDefaultValue && !SameConstant(expected[i].ExplicitDefaultValue, parameters[i].ExplicitDefaultValue)))
                {
                    return shim.ToDisplayString() + "." + member.Name + " parameter " + parameters[i].Name + ": "
                        + Show(parameters[i]) + " instead of " + Show(expected[i]);
                }
            }
        }

        return null;
    }

    private static ImmutableArray<IParameterSymbol> ParametersOf(ISymbol member) => member switch
    {
        IMethodSymbol method => method.Parameters,
        IPropertySymbol property => property.Parameters,
        _ => [],
    };

    private static string Show(IParameterSymbol parameter) =>
        parameter.HasExplicitDefaultValue ? "'" + Convert.ToString(parameter.ExplicitDefaultValue, CultureInfo.InvariantCulture) + "' (" + (parameter.ExplicitDefaultValue?.GetType().Name ?? "null") + ")" : "no default";

    /// <summary>Constants equal bit for bit: NaN equals NaN, -0.0 does not equal 0.0, 1.10m does not equal 1.1m.</summary>
    private static bool SameConstant(object? expected, object? actual) => (expected, actual) switch
    {
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
        (float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b),
        (decimal a, decimal b) => decimal.GetBits(a).SequenceEqual(decimal.GetBits(b)),
        _ => Equals(expected, actual),
    };

    private static bool IsUsageDiagnostic(Diagnostic diagnostic, CaseRun run) =>
        run.UsageDiagnostics.Any(u => u.Id == diagnostic.Id && u.Location == diagnostic.Location);

    /// <summary>The first difference between two sets of generated files, or <see langword="null"/>.</summary>
    public static string? Difference(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        string expectedHints = string.Join(", ", expected.Keys.OrderBy(k => k, StringComparer.Ordinal));
        string actualHints = string.Join(", ", actual.Keys.OrderBy(k => k, StringComparer.Ordinal));
        if (expectedHints != actualHints)
        {
            return "files [" + expectedHints + "] vs [" + actualHints + "]";
        }

        foreach ((string hint, string text) in expected)
        {
            string other = actual[hint];
            if (!string.Equals(text, other, StringComparison.Ordinal))
            {
                int at = 0;
                while (at < text.Length && at < other.Length && text[at] == other[at])
                {
                    at++;
                }

                return hint + " differs at offset " + at + ": \"" + Around(text, at) + "\" vs \"" + Around(other, at) + "\"";
            }
        }

        return null;
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40));

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(GeneratorResult.Describe));

    private static string GeneratedText(CaseRun run, IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (string file in diagnostics.Select(d => d.Location.SourceTree?.FilePath).OfType<string>().Distinct())
        {
            string hint = System.IO.Path.GetFileName(file);
            if (run.Sources.TryGetValue(hint, out string? source))
            {
                text.Append("=== ").Append(hint).Append('\n').Append(source);
            }
        }

        return text.ToString();
    }
}
