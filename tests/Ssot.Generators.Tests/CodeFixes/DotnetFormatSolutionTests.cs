using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// <c>dotnet format</c> over a real solution (MSBuild's workspace, the generator run by it): references that must
/// agree, a name that binds elsewhere, and a file linked into two projects whose overrides live in each, are all
/// migrated, and the solution then builds with warnings as errors.
/// </summary>
public sealed class DotnetFormatSolutionTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ssot-format-solution-" + Guid.NewGuid().ToString("N"));

    public DotnetFormatSolutionTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Dotnet_format_migrates_a_solution_with_a_linked_file_and_the_result_builds()
    {
        string analyzers = Path.GetDirectoryName(typeof(CanonicalGenerator).Assembly.Location)!;
        Write("Lib/Lib.csproj", Project(analyzers, string.Empty));
        Write("Lib/Core.cs", FixLibrary.Core);
        foreach (string app in new[] { "AppA", "AppB" })
        {
            Write(app + "/" + app + ".csproj", Project(analyzers, """
                <ProjectReference Include="../Lib/Lib.csproj" />
                <Compile Include="../Shared/Handler.cs" Link="Handler.cs" />
                """));
            Write(app + "/Override.cs", "public sealed class " + app + "Handler : Handler\n{\n    public override Old.Core.Manager Make() => null!;\n}\n");
        }

        Write("Shared/Handler.cs", """
            public abstract class Handler
            {
                public abstract Old.Core.Manager Make();
            }
            """);
        Write("AppA/Uses.cs", """
            using System;
            using System.Collections.Generic;

            namespace U14
            {
                namespace New { public class Unrelated { } }

                public static class Uses
                {
                    public static int Run()
                    {
                        Old.Core.Manager[] array = new Old.Core.Manager[1];
                        List<Old.Core.Manager> list = new List<Old.Core.Manager>();
                        Func<Old.Core.Manager, int> count = (Old.Core.Manager m) => m.Count;
                        return array.Length + list.Count + count(null!);
                    }
                }
            }
            """);

        Assert.Equal(0, (await DotnetCli.RunAsync(_directory, "new", "sln", "--format", "sln", "-n", "Migrating")).ExitCode);
        (int added, string addOutput) = await DotnetCli.RunAsync(_directory, "sln", "Migrating.sln", "add", "Lib/Lib.csproj", "AppA/AppA.csproj", "AppB/AppB.csproj");
        Assert.True(added == 0, addOutput);
        (int before, string beforeOutput) = await DotnetCli.RunAsync(_directory, "build", "Migrating.sln", "-nologo", "-clp:NoSummary");
        Assert.True(before == 0, beforeOutput);
        Assert.Contains("warning SSOT0001", beforeOutput, StringComparison.Ordinal);

        (int format, string formatOutput) = await DotnetCli.RunAsync(_directory, "format", "analyzers", "Migrating.sln", "--diagnostics", "SSOT0001", "--severity", "info", "--no-restore");
        Assert.True(format == 0, formatOutput);

        Assert.DoesNotContain("Old.Core", File.ReadAllText(Path.Combine(_directory, "Shared/Handler.cs")), StringComparison.Ordinal);
        Assert.DoesNotContain("Old.Core", File.ReadAllText(Path.Combine(_directory, "AppA/Override.cs")), StringComparison.Ordinal);
        Assert.DoesNotContain("Old.Core", File.ReadAllText(Path.Combine(_directory, "AppB/Override.cs")), StringComparison.Ordinal);
        string uses = File.ReadAllText(Path.Combine(_directory, "AppA/Uses.cs"));
        Assert.DoesNotContain("Old.Core", uses, StringComparison.Ordinal);
        Assert.Contains("Func<global::New.Core.UnifiedManager, int> count = (global::New.Core.UnifiedManager m) => m.Count;", uses, StringComparison.Ordinal);

        (int after, string afterOutput) = await DotnetCli.RunAsync(_directory, "build", "Migrating.sln", "-nologo", "-clp:NoSummary", "--no-incremental");
        Assert.True(after == 0, afterOutput);
        Assert.DoesNotContain("warning", afterOutput, StringComparison.Ordinal);
    }

    private void Write(string path, string text)
    {
        string full = Path.Combine(_directory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Project(string analyzers, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <WarningsNotAsErrors>SSOT0001</WarningsNotAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="Ssot.Attributes" HintPath="{Path.Combine(analyzers, "Ssot.Attributes.dll")}" />
            <Analyzer Include="{Path.Combine(analyzers, "Ssot.Generators.dll")}" />
            <Analyzer Include="{Path.Combine(analyzers, "Ssot.CodeFixes.dll")}" />
            {items}
          </ItemGroup>
        </Project>
        """;
}
