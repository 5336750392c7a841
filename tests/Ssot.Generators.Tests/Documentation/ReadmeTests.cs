using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Documentation;

/// <summary>
/// The README cannot rot: its C# blocks compile (or appear in the snapshots they quote), its XML blocks parse, and its
/// diagnostics table matches the descriptors.
/// </summary>
public sealed class ReadmeTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));

    public static TheoryData<int> CSharpBlocks => Indexes(Blocks().Where(b => b.Language == "csharp"));

    public static TheoryData<int> XmlBlocks => Indexes(Blocks().Where(b => b.Language == "xml"));

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void Every_csharp_block_compiles_or_quotes_a_snapshot(int index)
    {
        CodeBlock block = Blocks()[index];
        if (block.Marker == "compile")
        {
            GeneratorRunner.Run(block.Text).ShouldCompile();
        }
        else if (block.Marker?.StartsWith("snapshot: ", StringComparison.Ordinal) == true)
        {
            string name = block.Marker.Substring("snapshot: ".Length);
            string snapshot = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Ssot.Generators.Tests", "Snapshots", name + ".verified.cs"));
            AssertQuotes(snapshot, block.Text, name);
        }
        else
        {
            throw new Xunit.Sdk.XunitException("README block at line " + block.Line + " has neither <!-- compile --> nor <!-- snapshot: NAME --> before it.");
        }
    }

    [Theory]
    [MemberData(nameof(XmlBlocks))]
    public void Every_xml_block_is_well_formed(int index)
    {
        CodeBlock block = Blocks()[index];
        XElement element = XElement.Parse("<root>" + block.Text + "</root>");
        Assert.NotEmpty(element.Elements());
    }

    [Fact]
    public void The_contributor_commands_name_projects_that_exist()
    {
        string[] paths = Blocks().Where(b => b.Language == "sh")
            .SelectMany(b => Regex.Matches(b.Text, @"(samples|tests)/[\w./]+").Select(m => m.Value))
            .ToArray();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(Directory.Exists(Path.Combine(RepositoryRoot(), path)), path + " does not exist"));
    }

    [Fact]
    public void The_diagnostics_table_matches_the_descriptors()
    {
        Dictionary<string, (string Severity, string Title)> table = Regex.Matches(Readme.Value, @"^\| (SSOT\d{4}) \| (\w+) \| ([^|]+) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (m.Groups[2].Value, m.Groups[3].Value.Trim()));
        DiagnosticDescriptor[] descriptors = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .ToArray();

        Assert.Equal(descriptors.Select(d => d.Id).Order(), table.Keys.Order());
        Assert.All(descriptors, d => Assert.Equal((d.DefaultSeverity.ToString(), d.Title.ToString()), table[d.Id]));
    }

    /// <summary>Each line of the excerpt appears in the snapshot, in order (lines may be left out between them).</summary>
    private static void AssertQuotes(string snapshot, string excerpt, string name)
    {
        string[] lines = snapshot.Split('\n');
        int at = 0;
        foreach (string line in excerpt.Split('\n'))
        {
            while (at < lines.Length && lines[at] != line)
            {
                at++;
            }

            Assert.True(at < lines.Length, "The README quotes a line that snapshot '" + name + "' does not have (in that order):\n" + line);
            at++;
        }
    }

    private static TheoryData<int> Indexes(IEnumerable<CodeBlock> blocks)
    {
        var data = new TheoryData<int>();
        foreach (CodeBlock block in blocks)
        {
            data.Add(block.Index);
        }

        return data;
    }

    private static List<CodeBlock> Blocks()
    {
        var blocks = new List<CodeBlock>();
        string[] lines = Readme.Value.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (!trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.Length == 3)
            {
                continue;
            }

            string indent = lines[i].Substring(0, lines[i].IndexOf('`'));
            string language = trimmed.Substring(3);
            string? marker = i > 0 && Regex.Match(lines[i - 1].Trim(), "^<!-- (.+) -->$") is { Success: true } m ? m.Groups[1].Value : null;
            int start = i + 1;
            int end = start;
            while (lines[end].Trim() != "```")
            {
                end++;
            }

            string text = string.Join("\n", lines[start..end].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l.Substring(indent.Length) : l));
            blocks.Add(new CodeBlock(blocks.Count, language, marker, text, i + 1));
            i = end;
        }

        return blocks;
    }

    internal static string RepositoryRoot([CallerFilePath] string file = "")
    {
        for (string? directory = Path.GetDirectoryName(file); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Generators.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root from " + file);
    }

    private sealed record CodeBlock(int Index, string Language, string? Marker, string Text, int Line);
}
