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
