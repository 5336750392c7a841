using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The steps of <see cref="RenameDifferential"/> for hand-written minimal cases: a library in <c>Acme.Storage</c> whose
/// v2 renames <c>Widget</c> to <c>UnifiedWidget</c>, and a consumer <c>App.Program.Run()</c>.
/// </summary>
internal static class DefectRepro
{
    public const string Namespace = "Acme.Storage";

    public static readonly IReadOnlyDictionary<string, string> WidgetRenamed = new Dictionary<string, string> { ["Widget"] = "UnifiedWidget" };

    /// <summary>v2 built with the package for <paramref name="framework"/>.</summary>
    public static GeneratorResult Library(string source, TargetFramework framework = TargetFramework.Net100) =>
        GeneratorRunner.Run(RenameDifferential.Compile([new SourceFile("Library.cs", source)], RenameDifferential.Library(framework)), RenameDifferential.Library(framework));

    /// <summary>The consumer compiled against v1 (it must build cleanly), run against v1 and against v2 built for <paramref name="framework"/>.</summary>
    public static (string V1, string V2) OldBinary(string v1, string consumer, string v2, TargetFramework framework = TargetFramework.Net100)
    {
        byte[] v1Image = RenameDifferential.CleanImage("v1", RenameDifferential.Compile([new SourceFile("Library.cs", v1)], RenameDifferential.Library(TargetFramework.Net100)));
        byte[] consumerImage = RenameDifferential.CleanImage("the consumer", RenameDifferential.Compile([new SourceFile("Program.cs", consumer)], RenameDifferential.Consumer(v1Image)));
        byte[] v2Image = AssemblyImage.Emit(Library(v2, framework).Output);
        return (Transcript.Run(consumerImage, v1Image), Transcript.Run(consumerImage, v2Image));
    }

    /// <summary>The consumer's source compiled against v2 (net10.0) with the package, as a downstream project gets it.</summary>
    public static GeneratorResult Recompiled(string v2, string consumer)
    {
        byte[] v2Image = AssemblyImage.Emit(Library(v2).Output);
        TestCompilation options = RenameDifferential.Consumer(v2Image);
        return GeneratorRunner.Run(RenameDifferential.Compile([new SourceFile("Program.cs", consumer)], options), options);
    }

    /// <summary>The IDs that fail a build set up as the README says.</summary>
    public static IReadOnlyList<string> FailingIds(GeneratorResult result) =>
        BuildCheck.Failing(result.BuildDiagnostics).Select(d => d.Id).Distinct().OrderBy(i => i, System.StringComparer.Ordinal).ToList();

    public static string Describe(IEnumerable<Finding> findings) => string.Join("\n", findings);
}
