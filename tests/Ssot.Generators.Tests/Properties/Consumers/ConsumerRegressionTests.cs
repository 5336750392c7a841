using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>
/// Defects <see cref="ConsumerPropertyTests"/> found, each shrunk by hand to a small consumer project and kept so that it
/// stays fixed (markup: ⟦reference⟧, ⟪legacy using line⟫, ⟨use of a legacy alias⟩; see <see cref="RenderedFile"/>).
/// </summary>
public sealed class ConsumerRegressionTests
{
    private static readonly ConsumerSettings Latest = new(TargetFramework.Net100, Nullable: true, LanguageVersion.Latest);

    [Fact]
    public Task A_reference_is_fixed_while_a_later_line_of_the_file_names_a_legacy_type() =>
        // The fix was not offered: the workspace's diff of the rewritten file was one change up to the end of the
        // class, so the compile check placed the obsolete warning of the later 'Old.Ns.Widget' at the change's start
        // and took it for one the rewrite introduced.
        ConsumerVerifier.VerifyAsync(
            Latest,
            ("/App/Consumer1.cs", """
                ⟪using Old.Ns;⟫

                namespace App;

                public class C1
                {
                    public ⟦IService⟧ Ca1(object value) => (⟦IService⟧)value;
                    public ⟦Old.Ns.Widget⟧ M2(⟦Old.Ns.Widget⟧ value) => value;
                }
                """));

    [Fact]
    public Task A_reference_in_a_signature_is_fixed_where_the_compiler_reports_missing_documentation() =>
        // As above, and CS1591 names the member's signature, which the rewrite changes: the same warning on the same
        // member, with another message.
        ConsumerVerifier.VerifyAsync(
            Latest with { Framework = TargetFramework.NetStandard20, Nullable = false },
            ("/App/Consumer1.cs", """
                ⟪using Old.Ns;⟫

                namespace App;

                public class C1
                {
                    public ⟦IService⟧ Ca1(⟦IService⟧ value) => value;
                    public ⟦Old.Ns.Widget⟧ M2(⟦Old.Ns.Widget⟧ value) => value;
                }
                """));

    [Fact]
    public Task A_local_whose_initializer_has_a_nullable_warning_is_fixed() =>
        // CS8600 on 'default(IService)' is the same warning after the rewrite, on a text that names the new type: placed
        // by the tokens both texts share, not by its text.
        ConsumerVerifier.VerifyAsync(
            Latest,
            ("/App/Consumer0.cs", """
                ⟪using Old.Ns;⟫

                namespace App;

                public class C0
                {
                    public object L0()
                    {
                        ⟦IService⟧ local = default(⟦IService⟧);
                        return local;
                    }

                    public ⟦JobBase⟧ M6(⟦JobBase⟧ value) => value;
                }
                """));

    [Fact]
    public Task Fix_All_of_the_names_bound_through_the_alias_after_Fix_All_of_the_references_in_the_same_document() =>
        // The canonical-name writer threw (index out of range, or a duplicate key): the document still carried the
        // annotations of the first rewrite, and the second took them for its own.
        ConsumerVerifier.VerifyAsync(new ConsumerCase(
            Latest,
            ShadowNew: false,
            ShadowOld: false,
            ShadowCanonical: false,
            [
                new ConsumerFile(NamespaceLayout.Block, ImportOldTop: true, ImportOldInside: false, ImportNew: false, [
                    new Site(SiteKind.GenericMethodArgument, LegacyShape.Job, NameStyle.Qualified),
                    new Site(SiteKind.ListArgument, LegacyShape.Service, NameStyle.Qualified),
                    new Site(SiteKind.Constraint, LegacyShape.Service, NameStyle.Imported),
                    new Site(SiteKind.AttributeShort, LegacyShape.Marker, NameStyle.Global),
                    new Site(SiteKind.AttributeLong, LegacyShape.Marker, NameStyle.Imported),
                    new Site(SiteKind.Array, LegacyShape.Box, NameStyle.Imported),
                    new Site(SiteKind.Cref, LegacyShape.Point, NameStyle.Imported),
                    new Site(SiteKind.IsPattern, LegacyShape.Service, NameStyle.Global),
                ]),
                new ConsumerFile(NamespaceLayout.Nested, ImportOldTop: false, ImportOldInside: true, ImportNew: true, [
                    new Site(SiteKind.IsPattern, LegacyShape.Point, NameStyle.Global),
                ]),
            ]));

    [Fact]
    public Task Fix_All_migrates_a_document_that_uses_a_legacy_alias() =>
        // Fix All of SSOT0001 took the alias's uses into the migration; they cannot be rewritten alone (the alias's
        // SSOT0002 fix migrates them), so the document failed to rewrite and every other reference in it was left.
        ConsumerVerifier.VerifyAsync(
            Latest with { Nullable = false },
            ("/App/Consumer1.cs", """
                ⟪using Legacy1_2 = Old.Ns.Box<int>;⟫

                namespace App
                {
                    namespace Inner
                    {
                        public class C1
                        {
                            public ⟨Legacy1_2⟩ Ua2(⟨Legacy1_2⟩ value) => value;

                            public object L5()
                            {
                                ⟦Old.Ns.JobBase⟧ local = default(⟦Old.Ns.JobBase⟧);
                                return local;
                            }
                        }
                    }
                }
                """));

    [Fact]
    public Task A_legacy_import_inside_a_namespace_that_shadows_the_canonical_namespace_becomes_a_global_import() =>
        // The SSOT0002 fix wrote 'using New.Core;' inside 'namespace App', where 'New' means 'App.New' (CS0234).
        ConsumerVerifier.VerifyAsync(
            Latest with { Framework = TargetFramework.NetStandard20, Nullable = false, LanguageVersion = LanguageVersion.CSharp7_3 },
            ("/App/Consumer1.cs", """
                namespace App
                {
                    ⟪using Old.Ns;⟫

                    namespace Inner
                    {
                        public class C1
                        {
                            public int Is0(object value) => value is ⟦IService⟧ matched ? matched.GetHashCode() : 0;
                        }
                    }
                }
                """),
            ("/App/Shadows.cs", """
                namespace App
                {
                    namespace New
                    {
                        internal static class ShadowOfNew
                        {
                        }
                    }
                }
                """));

    [Fact]
    public Task Fix_All_removes_a_legacy_import_inside_a_namespace_while_a_legacy_alias_is_still_used() =>
        // Fix All of SSOT0002 runs bottom-up: the inner import came before the alias's fix, and the alias's uses (which
        // need the alias, not the import) were taken for references the import still served, so it stayed.
        ConsumerVerifier.VerifyAsync(
            Latest with { Nullable = false },
            ("/App/Consumer0.cs", """
                using New.Core;
                ⟪using Old.Ns;⟫
                ⟪using Legacy0_3 = Old.Ns.Widget;⟫

                namespace App
                {
                    ⟪using Old.Ns;⟫

                    public class C0
                    {
                        public (⟦Old.Ns.IService⟧, int) Tu0() => (default(⟦Old.Ns.IService⟧), 0);

                        public ⟨Legacy0_3⟩ Ua3(⟨Legacy0_3⟩ value) => value;
                    }
                }
                """));
}
