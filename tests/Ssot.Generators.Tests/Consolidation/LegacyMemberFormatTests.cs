using System;
using System.IO;
using System.Threading.Tasks;
using Ssot.Generators.Tests.CodeFixes;
using Xunit;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>The SDK's own <c>dotnet format</c> renames the old member names, through the facade and through the alias, and the result builds clean.</summary>
public sealed class LegacyMemberFormatTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ssot-rename-" + Guid.NewGuid().ToString("N"));

    public LegacyMemberFormatTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Dotnet_format_renames_every_old_member_name()
    {
        string analyzers = Path.GetDirectoryName(typeof(CanonicalGenerator).Assembly.Location)!;
        File.WriteAllText(Path.Combine(_directory, "Renaming.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>SSOT0001;SSOT0007</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Ssot.Attributes" HintPath="{Path.Combine(analyzers, "Ssot.Attributes.dll")}" />
                <Analyzer Include="{Path.Combine(analyzers, "Ssot.Generators.dll")}" />
                <Analyzer Include="{Path.Combine(analyzers, "Ssot.CodeFixes.dll")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Canonical.cs"), """
            namespace Acme.Core
            {
                [Ssot.Canonical("Acme.Legacy.Manager")]
                public sealed class UnifiedManager
                {
                    public int Count { get; private set; }

                    [Ssot.LegacyName("AddOne")]
                    public void Add() => Count++;
                }
            }
            """);
        File.WriteAllText(Path.Combine(_directory, "Legacy.cs"), """
            namespace Acme.Callers
            {
                internal static class Uses
                {
                    public static int Run(Manager viaAlias, Acme.Legacy.Manager viaFacade)
                    {
                        viaAlias.AddOne();
                        viaFacade.AddOne();
                        return viaAlias.Count;
                    }
                }
            }
            """);

        (int before, string beforeOutput) = await DotnetCli.RunAsync(_directory, "build", "-nologo", "-clp:NoSummary");
        Assert.True(before == 0, beforeOutput);
        Assert.Contains("warning SSOT0007", beforeOutput, StringComparison.Ordinal);

        (int format, string formatOutput) = await DotnetCli.RunAsync(_directory, "format", "analyzers", "Renaming.csproj", "--diagnostics", "SSOT0007", "--severity", "info", "--no-restore");
        Assert.True(format == 0, formatOutput);

        string fixedCode = File.ReadAllText(Path.Combine(_directory, "Legacy.cs"));
        Assert.DoesNotContain("AddOne", fixedCode, StringComparison.Ordinal);
        Assert.Equal(2, fixedCode.Split(".Add();").Length - 1);

        (int after, string afterOutput) = await DotnetCli.RunAsync(_directory, "build", "-nologo", "-clp:NoSummary", "--no-incremental");
        Assert.True(after == 0, afterOutput);
        Assert.DoesNotContain("SSOT0007", afterOutput, StringComparison.Ordinal);
    }
}
