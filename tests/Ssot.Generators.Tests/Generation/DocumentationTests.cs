using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// With GenerateDocumentationFile on, the generated public members raise no CS1591: each points at the canonical
/// member's documentation, so completion on the legacy name shows the canonical docs too.
/// </summary>
public sealed class DocumentationTests
{
    private const string Documented = """
        using System;
        using Ssot;

        namespace New
        {
            /// <summary>Something that can be sent.</summary>
            public interface ISender
            {
                /// <summary>Sends.</summary>
                void Send();
            }

            /// <summary>The canonical manager.</summary>
            [Canonical("Old.Manager")]
            public sealed class Manager : ISender, IEquatable<Manager>
            {
                /// <summary>The largest batch.</summary>
                public const int MaxBatch = 10;

                /// <summary>Creates a manager.</summary>
                /// <param name="capacity">How many connections fit.</param>
                public Manager(int capacity = 4) => Capacity = capacity;

                /// <summary>Raised on each send.</summary>
                public event EventHandler? Sent;

                /// <summary>How many connections fit.</summary>
                public int Capacity { get; set; }

                /// <summary>A connection by index.</summary>
                /// <param name="index">The index.</param>
                public int this[int index] => index;

                /// <summary>Sends.</summary>
                public void Send() => Sent?.Invoke(this, EventArgs.Empty);

                /// <summary>Finds a value.</summary>
                /// <typeparam name="T">The value type.</typeparam>
                /// <param name="key">The key.</param>
                /// <param name="value">The value found.</param>
                /// <returns>Whether it was found.</returns>
                public bool TryFind<T>(string key, out T? value) { value = default; return key.Length > 0; }

                /// <summary>Compares.</summary>
                /// <param name="other">The other.</param>
                /// <returns>Whether equal.</returns>
                public bool Equals(Manager? other) => ReferenceEquals(this, other);

                /// <inheritdoc/>
                public override bool Equals(object? obj) => Equals(obj as Manager);

                /// <inheritdoc/>
                public override int GetHashCode() => Capacity;

                /// <summary>Equality.</summary>
                /// <param name="left">Left.</param>
                /// <param name="right">Right.</param>
                /// <returns>Whether equal.</returns>
                public static bool operator ==(Manager? left, Manager? right) => ReferenceEquals(left, right);

                /// <summary>Inequality.</summary>
                /// <param name="left">Left.</param>
                /// <param name="right">Right.</param>
                /// <returns>Whether not equal.</returns>
                public static bool operator !=(Manager? left, Manager? right) => !ReferenceEquals(left, right);
            }

            /// <summary>A base for jobs.</summary>
            [Canonical("Old.JobBase")]
            public abstract class JobBase
            {
                /// <summary>Creates a job.</summary>
                /// <param name="name">Its name.</param>
                protected JobBase(string name) => Name = name;

                /// <summary>The name.</summary>
                public string Name { get; }
            }

            /// <summary>Helpers.</summary>
            [Canonical("Old.Helpers")]
            public static class Helpers
            {
                /// <summary>Twice the value.</summary>
                /// <param name="value">The value.</param>
                /// <returns>Twice it.</returns>
                public static int Twice(int value) => value * 2;
            }

            /// <summary>A point.</summary>
            [Canonical("Old.Point")]
            public struct Point
            {
                /// <summary>Creates a point.</summary>
                /// <param name="x">X.</param>
                public Point(int x) => X = x;

                /// <summary>X.</summary>
                public int X { get; set; }
            }

            /// <summary>A reader.</summary>
            [Canonical("Old.IReader")]
            public interface IReader
            {
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    public void Generated_public_members_need_no_documentation_of_their_own(LanguageVersion version, NullableContextOptions nullable)
    {
        string source = version == LanguageVersion.CSharp7_3 ? Downlevel(Documented) : Documented;
        var options = new TestCompilation { LanguageVersion = version, Nullable = nullable, DocumentationMode = DocumentationMode.Diagnose };

        GeneratorResult result = GeneratorRunner.Run(options.Create(source), options);

        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        var generatedWarnings = result.BuildDiagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.Contains("Ssot.Generators", System.StringComparison.Ordinal) == true)
            .Select(GeneratorResult.Describe)
            .ToList();
        Assert.Empty(generatedWarnings);
        Assert.Empty(result.BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorResult.Describe));
        Assert.Contains("/// <inheritdoc cref=\"M:New.Manager.Send\"/>", result.Source("Ssot.Shim.Old.Manager.g.cs"), System.StringComparison.Ordinal);
    }

    // The same input in C# 7.3: no file-scoped anything to remove, but no nullable annotations and no 'default' literal in them.
    private static string Downlevel(string source) => source
        .Replace("EventHandler? Sent", "EventHandler Sent", System.StringComparison.Ordinal)
        .Replace("out T? value", "out T value", System.StringComparison.Ordinal)
        .Replace("Manager? ", "Manager ", System.StringComparison.Ordinal)
        .Replace("object? obj", "object obj", System.StringComparison.Ordinal)
        .Replace("value = default;", "value = default(T);", System.StringComparison.Ordinal)
        .Replace("Sent?.Invoke", "Sent?.Invoke", System.StringComparison.Ordinal);
}
