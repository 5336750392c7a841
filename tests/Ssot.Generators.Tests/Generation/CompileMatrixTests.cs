using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// One representative input — a facade with most member kinds, a service type and a registration — compiled for every
/// supported language version, nullable context and target framework: no error, and no warning but the legacy
/// references, each reported once.
/// </summary>
public sealed class CompileMatrixTests
{
    // C# 7.3 only: block namespaces, no nullable annotations, no target-typed new, no init, no records.
    private const string Canonical = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Ssot;

        namespace Netra.Backend.WebSocketCore
        {
            public interface IWebSocketBroadcaster
            {
                Task BroadcastAsync(string message);
            }

            public enum Priority { Low, Normal, High }

            [Canonical("Netra.Backend.WebSocketCore.WebSocketManager", ServiceTypes = new[] { typeof(IWebSocketBroadcaster) })]
            public sealed class UnifiedWebSocketManager : IWebSocketBroadcaster, IDisposable
            {
                public const int MaxConnections = 1024;

                private readonly Dictionary<string, int> _connections = new Dictionary<string, int>();

                public UnifiedWebSocketManager() { }

                public UnifiedWebSocketManager(int capacity) { Capacity = capacity; }

                public event EventHandler<string> Connected = delegate { };

                public static int Instances { get; private set; }

                public int Capacity { get; set; }

                public int Count { get { return _connections.Count; } }

                public int this[string id]
                {
                    get { return _connections[id]; }
                    set { _connections[id] = value; }
                }

                public static UnifiedWebSocketManager Create() { Instances++; return new UnifiedWebSocketManager(); }

                public void Connect(string id, Priority priority = Priority.Normal, decimal weight = 1.5m, string note = "a\t\"b\"")
                {
                    _connections[id] = (int)priority;
                    Connected(this, id);
                }

                public bool TryGet(string id, out int value) { return _connections.TryGetValue(id, out value); }

                public void Swap(ref int left, ref int right) { int t = left; left = right; right = t; }

                public int Measure(in int value) { return value; }

                public int Sum(params int[] values) { int total = 0; foreach (int v in values) { total += v; } return total; }

                public T Echo<T>(T value) where T : class, new() { return value; }

                public Task BroadcastAsync(string message) { return Task.CompletedTask; }

                internal int InternalPing() { return 42; }

                void IDisposable.Dispose() { }
            }
        }
        """;

    private const string Legacy = """
        namespace Legacy.Callers
        {
            public static class Uses
            {
                public static int Run()
                {
                    /*!*/Netra.Backend.WebSocketCore.WebSocketManager legacy = new /*!*/Netra.Backend.WebSocketCore.WebSocketManager(4);
                    legacy.Connect("a");
                    int value;
                    legacy.TryGet("a", out value);
                    Netra.Backend.WebSocketCore.UnifiedWebSocketManager canonical = legacy;
                    return canonical.Count + legacy.Sum(1, 2) + value + /*!*/Netra.Backend.WebSocketCore.WebSocketManager.MaxConnections;
                }
            }
        }
        """;

    public static TheoryData<LanguageVersion, NullableContextOptions, TargetFramework, bool> Matrix()
    {
        var data = new TheoryData<LanguageVersion, NullableContextOptions, TargetFramework, bool>
        {
            { LanguageVersion.CSharp7_3, NullableContextOptions.Disable, TargetFramework.NetStandard20, false },
            { LanguageVersion.CSharp7_3, NullableContextOptions.Disable, TargetFramework.Net472, false },
            { LanguageVersion.CSharp7_3, NullableContextOptions.Disable, TargetFramework.Net100, true },
            { LanguageVersion.Latest, NullableContextOptions.Enable, TargetFramework.NetStandard20, false },
            { LanguageVersion.Latest, NullableContextOptions.Disable, TargetFramework.NetStandard20, false },
            { LanguageVersion.CSharp9, NullableContextOptions.Enable, TargetFramework.NetStandard20, false },
            { LanguageVersion.Latest, NullableContextOptions.Enable, TargetFramework.Net472, false },
            { LanguageVersion.CSharp10, NullableContextOptions.Disable, TargetFramework.Net472, false },
            { LanguageVersion.Latest, NullableContextOptions.Enable, TargetFramework.Net100, false },
        };
        foreach (LanguageVersion version in new[] { LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp12, LanguageVersion.Latest, LanguageVersion.Preview })
        {
            foreach (NullableContextOptions nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
            {
                data.Add(version, nullable, TargetFramework.Net100, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Output_compiles_cleanly_and_reports_each_legacy_reference_once(
        LanguageVersion version,
        NullableContextOptions nullable,
        TargetFramework framework,
        bool withDependencyInjection)
    {
        var options = new TestCompilation
        {
            LanguageVersion = version,
            Nullable = nullable,
            Framework = framework,
            WithDependencyInjection = withDependencyInjection,
        };
        bool hasDiagnosticId = framework == TargetFramework.Net100;
        bool hasGlobalUsings = version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp10;
        bool hasRegistration = framework == TargetFramework.Net100 && withDependencyInjection;

        // Where ObsoleteAttribute has no DiagnosticId the compiler says CS0618; the suppressor removes it and the analyzer says SSOT0001.
        string legacyId = "SSOT0001";

        // Generated files are parsed with the project's language version, so later syntax would fail here.
        GeneratorResult result = GeneratorRunner.Run(options.Create(Canonical, Legacy)).ShouldCompile(legacyId);

        result.ShouldBeReportedAtMarkers(legacyId, "Warning", Legacy, 1, "Netra.Backend.WebSocketCore.WebSocketManager");
        Assert.Empty(result.BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Id != legacyId).Select(GeneratorResult.Describe));

        string shimHint = "Ssot.Shim.Netra.Backend.WebSocketCore.WebSocketManager.g.cs";
        string[] expectedFiles = new[] { shimHint }
            .Concat(hasGlobalUsings ? ["Ssot.Aliases.g.cs"] : Array.Empty<string>())
            .Concat(hasRegistration ? ["Ssot.Registrations.g.cs"] : Array.Empty<string>())
            .OrderBy(h => h, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expectedFiles, result.Sources.Keys.OrderBy(h => h, StringComparer.Ordinal));

        string shim = result.Source(shimHint);
        Assert.Equal(hasDiagnosticId, shim.Contains("DiagnosticId = \"SSOT0001\"", StringComparison.Ordinal));
        Assert.Equal(version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8, shim.Contains("#nullable enable", StringComparison.Ordinal));

        string[] expectedAnalyzerIds = (hasGlobalUsings ? Array.Empty<string>() : ["SSOT2001"])
            .Concat(framework == TargetFramework.Net100 && withDependencyInjection ? Array.Empty<string>() : ["SSOT3001"])
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expectedAnalyzerIds, result.AnalyzerDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    // C# 8 and later: nullable annotations in the canonical type, whatever the project's nullable setting.
    private const string Annotated = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using Ssot;

        namespace Inventory
        {
            [Canonical("Old.Inventory.Catalog")]
            public sealed class ProductCatalog
            {
                private readonly Dictionary<string, string> _items = new Dictionary<string, string>();

                public event EventHandler? Changed;

                public string? Note { get; set; }

                public string Title { get; set; } = "";

                public string? Find(string key) => _items.TryGetValue(key, out string? value) ? value : null;

                public void Add(string key, string? value = null)
                {
                    _items[key] = value ?? key;
                    Changed?.Invoke(this, EventArgs.Empty);
                }

                public T? FirstOrDefault<T>(IEnumerable<T> items) where T : class
                {
                    foreach (T item in items)
                    {
                        return item;
                    }

                    return null;
                }

                public TKey Identity<TKey>(TKey key) where TKey : notnull => key;

                public bool TryGet(string key, out string? value) => _items.TryGetValue(key, out value);
            }
        }
        """;

    private const string AnnotatedLegacy = """
        namespace Legacy.Callers
        {
            public static class Uses
            {
                public static int Run()
                {
                    /*!*/Old.Inventory.Catalog catalog = new /*!*/Old.Inventory.Catalog();
                    catalog.Add("a");
                    string found = catalog.Find("a") ?? "";
                    global::Inventory.ProductCatalog canonical = catalog;
                    return found.Length + canonical.Title.Length + catalog.Identity(1);
                }
            }
        }
        """;

    public static TheoryData<LanguageVersion, NullableContextOptions, TargetFramework> AnnotatedMatrix()
    {
        var data = new TheoryData<LanguageVersion, NullableContextOptions, TargetFramework>
        {
            { LanguageVersion.Latest, NullableContextOptions.Enable, TargetFramework.NetStandard20 },
            { LanguageVersion.CSharp8, NullableContextOptions.Disable, TargetFramework.NetStandard20 },
            { LanguageVersion.Latest, NullableContextOptions.Enable, TargetFramework.Net472 },
            { LanguageVersion.Latest, NullableContextOptions.Disable, TargetFramework.Net472 },
        };
        foreach (LanguageVersion version in new[] { LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp12, LanguageVersion.Latest, LanguageVersion.Preview })
        {
            foreach (NullableContextOptions nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
            {
                data.Add(version, nullable, TargetFramework.Net100);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AnnotatedMatrix))]
    public void Nullable_annotated_input_compiles_cleanly_whatever_the_project_nullable_setting(
        LanguageVersion version,
        NullableContextOptions nullable,
        TargetFramework framework)
    {
        var options = new TestCompilation { LanguageVersion = version, Nullable = nullable, Framework = framework };
        string legacyId = "SSOT0001";

        GeneratorResult result = GeneratorRunner.Run(options.Create(Annotated, AnnotatedLegacy)).ShouldCompile(legacyId);

        result.ShouldBeReportedAtMarkers(legacyId, "Warning", AnnotatedLegacy, 1, "Old.Inventory.Catalog");
        string shim = result.Source("Ssot.Shim.Old.Inventory.Catalog.g.cs");
        Assert.Contains("public string? Find(string key)", shim, StringComparison.Ordinal);
        Assert.Contains("public T? FirstOrDefault<T>(", shim, StringComparison.Ordinal);
        Assert.Contains("where TKey : notnull", shim, StringComparison.Ordinal);
    }
}
