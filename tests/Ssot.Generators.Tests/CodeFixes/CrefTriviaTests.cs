using System.Threading.Tasks;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyReferenceAnalyzer, Ssot.CodeFixes.LegacyReferenceCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>A fix inside a documentation comment changes the name and nothing around it: not the indentation of the lines after it.</summary>
public sealed class CrefTriviaTests
{
    [Theory]
    [InlineData("    /// <seealso cref=\"{|SSOT0001:Old.Core.Manager|}\"/>\n    public static class Uses { }\n")]
    [InlineData("namespace N\n{\n\t/// <summary>\n\t/// <see cref=\"{|SSOT0001:Old.Core.Manager|}\"/>\n\t/// </summary>\n\tpublic static class Uses { }\n}\n")]
    [InlineData("namespace N\n{\n    public static class Uses\n    {\n        /// <summary>A <see cref=\"{|SSOT0001:Old.Core.Manager|}\"/></summary>\n            public static void M(int x) { }\n    }\n}\n")]
    [InlineData("namespace N\n{\n    public static class Uses\n    {\n        /// <param name=\"x\">A <see cref=\"{|SSOT0001:Old.Core.Manager|}\"/>\n        ///   more text.</param>\n        public static void M(int x) { }\n    }\n}\n")]
    [InlineData("namespace N\n{\n    public static class Uses\n    {\n        /** <summary>A <see cref=\"{|SSOT0001:Old.Core.Manager|}\"/>\n          * more text.</summary> */\n        public static void M(int x) { }\n    }\n}\n")]
    public async Task Only_the_cref_changes(string source)
    {
        string fixedSource = source.Replace("{|SSOT0001:Old.Core.Manager|}", "New.Core.UnifiedManager", System.StringComparison.Ordinal);

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Theory]
    [InlineData("{|SSOT0001:Old.Core.Manager|}.Create()", "New.Core.UnifiedManager.Create()")]
    [InlineData("{|SSOT0001:Old.Core.Manager|}.Count", "New.Core.UnifiedManager.Count")]
    [InlineData("Uses.Take({|SSOT0001:Old.Core.Manager|})", "Uses.Take(New.Core.UnifiedManager)")]
    public async Task A_member_cref_through_the_old_name_moves_its_type_part(string cref, string fixedCref)
    {
        // dotnet format runs every fix of a project at once: a fix that throws here loses all of them.
        const string Text = "namespace N\n{\n    /// <summary>Made by <see cref=\"{0}\"/>.</summary>\n    public static class Uses\n    {\n        public static void Take(New.Core.UnifiedManager manager) { }\n    }\n}\n";
        string source = Text.Replace("{0}", cref, System.StringComparison.Ordinal);
        string fixedSource = Text.Replace("{0}", fixedCref, System.StringComparison.Ordinal);

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task A_generic_cref_keeps_its_type_parameters()
    {
        const string source = """
            using New.Core;

            namespace Consumer
            {
                public static class Uses
                {
                    /// <summary>
                    /// Reads a <see cref="{|SSOT0001:Old.Core.Repo{T}|}"/>
                    ///   and keeps this line where it was.
                    /// </summary>
                    public static void Run() { }
                }
            }
            """;
        const string fixedSource = """
            using New.Core;

            namespace Consumer
            {
                public static class Uses
                {
                    /// <summary>
                    /// Reads a <see cref="Repo{T}"/>
                    ///   and keeps this line where it was.
                    /// </summary>
                    public static void Run() { }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }
}
