using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Ssot.Generators.Tests.Migration;

/// <summary>
/// The SDK's own <c>dotnet format</c> applies the code fixes from the command line: a real project that references the
/// analyzer assemblies is fixed, then built, and no legacy reference is left.
/// </summary>
public sealed class DotnetFormatTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ssot-format-" + Guid.NewGuid().ToString("N"));

    public DotnetFormatTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Dotnet_format_migrates_every_legacy_reference_and_the_result_builds_clean()
    {
        string analyzers = Path.GetDirectoryName(typeof(CanonicalGenerator).Assembly.Location)!;
        File.WriteAllText(Path.Combine(_directory, "Migrating.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>SSOT0001;SSOT0002;SSOT0003</WarningsNotAsErrors>
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

                    public void Add() => Count++;
                }
            }
            """);
        File.WriteAllText(Path.Combine(_directory, "Legacy.cs"), """
            using System.Collections.Generic;
            using Acme.Legacy;
            using M = Acme.Legacy.Manager;

            namespace Acme.Callers
            {
                /// <summary>Still uses <see cref="Acme.Legacy.Manager"/>.</summary>
                public static class Uses
                {
                    public static int Run(object input)
                    {
                        Acme.Legacy.Manager first = new Acme.Legacy.Manager();
                        var all = new List<Acme.Legacy.Manager> { first, new M() };
                        first.Add();
                        return all.Count + (input is Acme.Legacy.Manager ? 1 : 0) + typeof(Acme.Legacy.Manager).Name.Length;
                    }
                }
            }
            """);

        (int before, string beforeOutput) = await Dotnet("build", "-nologo", "-clp:NoSummary");
        Assert.True(before == 0, beforeOutput);
        Assert.Contains("warning SSOT0001", beforeOutput, StringComparison.Ordinal);
        Assert.Contains("warning SSOT0002", beforeOutput, StringComparison.Ordinal);

        (int format, string formatOutput) = await Dotnet("format", "analyzers", "Migrating.csproj", "--diagnostics", "SSOT0001", "SSOT0002", "--severity", "info", "--no-restore");
        Assert.True(format == 0, formatOutput);

        string fixedCode = File.ReadAllText(Path.Combine(_directory, "Legacy.cs"));
        Assert.DoesNotContain("Acme.Legacy", fixedCode, StringComparison.Ordinal);
        Assert.Contains("UnifiedManager", fixedCode, StringComparison.Ordinal);

        (int after, string afterOutput) = await Dotnet("build", "-nologo", "-clp:NoSummary", "--no-incremental");
        Assert.True(after == 0, afterOutput);
        Assert.DoesNotContain("SSOT000", afterOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", afterOutput, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, "dotnet " + string.Join(" ", arguments) + "\n" + await output + await error);
    }
}
