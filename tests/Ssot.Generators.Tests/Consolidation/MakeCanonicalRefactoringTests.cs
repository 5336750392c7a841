using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>
/// "Make canonical" renames only the declaration and its constructors, keeps the old full name in <c>[Canonical]</c>,
/// starts the inline rename on the new name, and leaves every reference alone: the shim and the alias serve them.
/// (The registry serves no CodeRefactoring.Testing package, so the provider runs in a workspace of our own.)
/// </summary>
public sealed class MakeCanonicalRefactoringTests
{
    [Fact]
    public async Task A_class_is_renamed_with_its_constructors_and_keeps_its_old_name()
    {
        const string source = """
            using System;

            namespace Netra.Backend
            {
                /// <summary>The manager.</summary>
                public sealed class [|WebSocketManager|]
                {
                    public WebSocketManager() { }

                    public WebSocketManager(int capacity) : this() { }

                    public static WebSocketManager Create() => new WebSocketManager();
                }
            }
            """;
        const string expected = """
            using System;

            namespace Netra.Backend
            {
                /// <summary>The manager.</summary>
                [Ssot.Canonical("Netra.Backend.WebSocketManager")]
                public sealed class UnifiedWebSocketManager
                {
                    public UnifiedWebSocketManager() { }

                    public UnifiedWebSocketManager(int capacity) : this() { }

                    public static WebSocketManager Create() => new WebSocketManager();
                }
            }
            """;

        (string text, SyntaxToken renamed) = await ApplyAsync(source, "Make canonical: rename it and keep 'WebSocketManager' as a legacy name");

        Assert.Equal(expected, text);
        Assert.Equal("UnifiedWebSocketManager", renamed.ValueText);
    }

    [Fact]
    public async Task With_using_Ssot_the_attribute_is_short_and_existing_attributes_stay()
    {
        const string source = """
            using Ssot;

            namespace Old.Data;

            [System.Obsolete("x")]
            internal interface [|IReader|]<T>
            {
                T Read();
            }
            """;
        const string expected = """
            using Ssot;

            namespace Old.Data;

            [Canonical("Old.Data.IReader`1")]
            [System.Obsolete("x")]
            internal interface IUnifiedReader<T>
            {
                T Read();
            }
            """;

        (string text, _) = await ApplyAsync(source, "Make canonical: rename it and keep 'IReader' as a legacy name");

        Assert.Equal(expected, text);
    }

    [Fact]
    public async Task A_type_that_is_already_canonical_is_offered_nothing()
    {
        const string source = """
            namespace New
            {
                [Ssot.Canonical("Old.Thing")]
                public sealed class [|Thing2|] { }
            }
            """;

        Assert.Empty(await ActionsAsync(source));
    }

    private static async Task<(string Text, SyntaxToken Renamed)> ApplyAsync(string markup, string title)
    {
        (Document document, List<CodeAction> actions) = await RunAsync(markup);
        CodeAction action = Assert.Single(actions);
        Assert.Equal(title, action.Title);
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        Document result = changed.GetDocument(document.Id)!;
        SyntaxNode root = (await result.GetSyntaxRootAsync())!;
        SyntaxToken renamed = Assert.Single(root.GetAnnotatedTokens(RenameAnnotation.Kind));
        return ((await result.GetTextAsync()).ToString(), renamed);
    }

    private static async Task<List<CodeAction>> ActionsAsync(string markup) => (await RunAsync(markup)).Actions;

    private static async Task<(Document Document, List<CodeAction> Actions)> RunAsync(string markup)
    {
        int start = markup.IndexOf("[|", System.StringComparison.Ordinal);
        string source = markup.Replace("[|", string.Empty, System.StringComparison.Ordinal).Replace("|]", string.Empty, System.StringComparison.Ordinal);
        int end = markup.IndexOf("|]", System.StringComparison.Ordinal) - 2;

        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(new TestCompilation().References())
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest));
        Document document = project.AddDocument("Test.cs", SourceText.From(source));

        var actions = new List<CodeAction>();
        var context = new CodeRefactoringContext(document, TextSpan.FromBounds(start, end), actions.Add, CancellationToken.None);
        await new MakeCanonicalRefactoringProvider().ComputeRefactoringsAsync(context);
        return (document, actions);
    }
}
