using System;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>
/// Random consumer projects: one to three files, each naming legacy types of every shape in every position that is
/// valid C# for that shape and those settings (see <see cref="Allowed"/>), on net10.0 or netstandard2.0, with nullable
/// on or off, and C# 7.3 or the latest version.
/// </summary>
internal static class ConsumerGens
{
    private static readonly SiteKind[] Kinds = Enum.GetValues<SiteKind>();
    private static readonly LegacyShape[] Shapes = Enum.GetValues<LegacyShape>();

    public static Gen<ConsumerSettings> Settings { get; } =
        from framework in Gen.OneOf(TargetFramework.Net100, TargetFramework.NetStandard20)
        from old in Gen.Bool
        from nullable in Gen.Bool
        let language = framework == TargetFramework.NetStandard20 && old ? LanguageVersion.CSharp7_3 : LanguageVersion.Latest
        select new ConsumerSettings(framework, nullable && language >= LanguageVersion.CSharp8, language);

    /// <summary>Whether <paramref name="kind"/> with <paramref name="shape"/> is valid C# under <paramref name="settings"/>.</summary>
    public static bool Allowed(SiteKind kind, LegacyShape shape, ConsumerSettings settings) => kind switch
    {
        SiteKind.Typeof or SiteKind.Cref => true,
        SiteKind.Nameof => shape != LegacyShape.Box,
        SiteKind.StaticMember => shape is LegacyShape.Widget or LegacyShape.Helpers,
        SiteKind.UsingStatic => shape == LegacyShape.Helpers,
        SiteKind.UsingAlias => shape != LegacyShape.Marker,
        SiteKind.New => shape.CanConstruct(),
        SiteKind.BaseList or SiteKind.Constraint => shape.CanDerive(),
        SiteKind.AttributeShort or SiteKind.AttributeLong => shape == LegacyShape.Marker,
        SiteKind.As => shape.IsReferenceType(),
        SiteKind.Nullable => shape == LegacyShape.Point || shape.IsReferenceType() && settings.Nullable,
        SiteKind.Tuple => shape.IsValueOfType() && settings.LanguageVersion >= LanguageVersion.CSharp7,
        SiteKind.BoxOf => shape == LegacyShape.Box,
        _ => shape.IsValueOfType(),
    };

    private static Gen<Site> SiteFor(ConsumerSettings settings) =>
        from kind in Gen.OneOf(Kinds)
        from shape in Gen.OneOf(Shapes.Where(s => Allowed(kind, s, settings)).ToArray())
        from style in Gen.Frequency((3, Gen.Const(NameStyle.Qualified)), (2, Gen.Const(NameStyle.Global)), (3, Gen.Const(NameStyle.Imported)))
        from inner in Gen.OneOf(Shapes.Where(s => s.IsValueOfType()).ToArray())
        select new Site(kind, shape, style, inner);

    private static Gen<ConsumerFile> File(ConsumerSettings settings, int maxSites) =>
        from layout in settings.HasFileScopedNamespaces
            ? Gen.OneOf(NamespaceLayout.Block, NamespaceLayout.Nested, NamespaceLayout.Dotted, NamespaceLayout.FileScoped)
            : Gen.OneOf(NamespaceLayout.Block, NamespaceLayout.Nested, NamespaceLayout.Dotted)
        from importOldTop in Gen.Int[0, 9].Select(i => i < 6)
        from importOldInside in Gen.Int[0, 9].Select(i => i < 2)
        from importNew in Gen.Bool
        from count in Gen.Int[1, maxSites]
        from sites in SiteFor(settings).Array[count]
        select new ConsumerFile(layout, importOldTop, importOldInside, importNew, sites);

    /// <summary>Cases of one to three files of one to eight references each: the cheap property takes many of these.</summary>
    public static Gen<ConsumerCase> Case { get; } = CaseOf(maxSites: 8, maxFiles: 3);

    /// <summary>Cases of one or two files of one to four references each: every fix of each is applied and compiled.</summary>
    public static Gen<ConsumerCase> SmallCase { get; } = CaseOf(maxSites: 4, maxFiles: 2);

    private static Gen<ConsumerCase> CaseOf(int maxSites, int maxFiles) =>
        from settings in Settings
        from shadowNew in Gen.Int[0, 9].Select(i => i < 3)
        from shadowOld in Gen.Int[0, 9].Select(i => i < 2)
        from shadowCanonical in Gen.Int[0, 9].Select(i => i < 2)
        from fileCount in Gen.Frequency((6, Gen.Const(1)), (3, Gen.Const(System.Math.Min(2, maxFiles))), (1, Gen.Const(maxFiles)))
        from files in File(settings, maxSites).Array[fileCount]
        select new ConsumerCase(settings, shadowNew, shadowOld, shadowCanonical, files);
}
