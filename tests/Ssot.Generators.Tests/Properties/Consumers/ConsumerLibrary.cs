using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>
/// The library the consumer code migrates away from: one canonical type of each shape, with its legacy shim, built once
/// per target framework with the generator and referenced by the consumer project as a compiled assembly.
/// </summary>
internal static class ConsumerLibrary
{
    public const string Source = """
        using System;
        using Ssot;

        namespace New.Core
        {
            [Canonical("Old.Ns.Widget")]
            public sealed class UnifiedWidget
            {
                public static UnifiedWidget Create() => new UnifiedWidget();

                public int Count => 0;
            }

            [Canonical("Old.Ns.Point")]
            public struct UnifiedPoint
            {
                public int X { get; set; }
            }

            [Canonical("Old.Ns.JobBase")]
            public abstract class Job
            {
                public abstract int Run();
            }

            [Canonical("Old.Ns.IService")]
            public interface IUnifiedService
            {
                int Id { get; }
            }

            [Canonical("Old.Ns.Box`1")]
            public sealed class Box<T>
            {
                public int Count => 0;
            }

            [Canonical("Old.Ns.Helpers")]
            public static class Helpers
            {
                public static int Twice(int value) => value * 2;
            }

            [Canonical("Old.Ns.MarkerAttribute", Shim = ShimKind.Subclass)]
            [AttributeUsage(AttributeTargets.All)]
            public class TagAttribute : Attribute
            {
            }
        }
        """;

    private static readonly ConcurrentDictionary<TargetFramework, MetadataReference> Images = new();

    /// <summary>The library built for <paramref name="framework"/> (its shims generated), as a metadata reference.</summary>
    public static MetadataReference For(TargetFramework framework) =>
        Images.GetOrAdd(framework, static f =>
        {
            var options = new TestCompilation { Framework = f, AssemblyName = "Lib", WithDependencyInjection = false };
            GeneratorResult built = GeneratorRunner.Run(options.Create(Source), options).ShouldCompile();
            return MetadataReference.CreateFromImage(AssemblyImage.Emit(built.Output));
        });
}
