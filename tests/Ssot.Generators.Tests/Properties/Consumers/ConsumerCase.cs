using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>The project settings a consumer case is compiled with.</summary>
internal sealed record ConsumerSettings(TargetFramework Framework, bool Nullable, LanguageVersion LanguageVersion)
{
    public bool HasNullableReferenceTypes => LanguageVersion >= LanguageVersion.CSharp8;

    public bool HasFileScopedNamespaces => LanguageVersion >= LanguageVersion.CSharp10;

    public override string ToString() =>
        (Framework == TargetFramework.Net100 ? "net10.0" : "netstandard2.0") + ", nullable " + (Nullable ? "enable" : "disable") + ", C# " + LanguageVersion.ToDisplayString();
}

/// <summary>One reference to a legacy type: where it is, which type, and how its name is written.</summary>
/// <param name="Inner">For <see cref="SiteKind.BoxOf"/>: the legacy type in the type argument of <c>Old.Ns.Box&lt;&gt;</c>.</param>
internal sealed record Site(SiteKind Kind, LegacyShape Shape, NameStyle Style, LegacyShape Inner = LegacyShape.Widget)
{
    public override string ToString() => Kind + "(" + Shape + (Kind == SiteKind.BoxOf ? "<" + Inner + ">" : string.Empty) + ", " + Style + ")";
}

/// <summary>How the code of a file is placed in namespaces.</summary>
internal enum NamespaceLayout
{
    /// <summary><c>namespace App { … }</c></summary>
    Block,

    /// <summary><c>namespace App { namespace Inner { … } }</c></summary>
    Nested,

    /// <summary><c>namespace App.Inner { … }</c></summary>
    Dotted,

    /// <summary><c>namespace App;</c> (C# 10)</summary>
    FileScoped,
}

/// <summary>One consumer file: its using lines, its namespaces, and the legacy references in it.</summary>
/// <param name="ImportOldTop"><c>using Old.Ns;</c> at the top of the file.</param>
/// <param name="ImportOldInside"><c>using Old.Ns;</c> inside the namespace declaration (it finds the shims before any alias).</param>
/// <param name="ImportNew"><c>using New.Core;</c> at the top of the file.</param>
internal sealed record ConsumerFile(NamespaceLayout Layout, bool ImportOldTop, bool ImportOldInside, bool ImportNew, Site[] Sites)
{
    public override string ToString() =>
        Layout + (ImportOldTop ? ", using Old.Ns at top" : string.Empty) + (ImportOldInside ? ", using Old.Ns inside" : string.Empty)
        + (ImportNew ? ", using New.Core" : string.Empty) + ": " + string.Join(", ", Sites.Select(s => s.ToString()));
}

/// <summary>
/// A consumer project: its settings, its files, and the names it declares that shadow those a fix might write: a
/// namespace <c>App.New</c> (the canonical namespace's first segment), <c>App.Old</c> (the legacy one's), and a class
/// <c>App.UnifiedWidget</c> (a canonical simple name).
/// </summary>
internal sealed record ConsumerCase(ConsumerSettings Settings, bool ShadowNew, bool ShadowOld, bool ShadowCanonical, ConsumerFile[] Files)
{
    public override string ToString() =>
        Settings + (ShadowNew ? ", shadows New" : string.Empty) + (ShadowOld ? ", shadows Old" : string.Empty) + (ShadowCanonical ? ", shadows UnifiedWidget" : string.Empty)
        + "\n" + string.Join("\n", Files.Select((f, i) => "  file " + i + ": " + f));
}
