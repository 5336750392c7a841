namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>Canonical types whose legacy shims the code-fix tests migrate away from, one of each shim shape.</summary>
internal static class FixLibrary
{
    /// <summary>
    /// A facade (<c>Old.Core.Manager</c>), a generic facade (<c>Old.Core.Repo&lt;T&gt;</c>), a derived interface
    /// (<c>Old.Core.IService</c>), a subclass shim of an attribute (<c>Old.Core.MarkerAttribute</c>), a static class
    /// (<c>Old.Core.Helpers</c>) and a subclass shim of an abstract class (<c>Old.Core.JobBase</c>).
    /// </summary>
    public const string Core = """
        using System;
        using Ssot;

        namespace New.Core
        {
            [Canonical("Old.Core.Manager")]
            public sealed class UnifiedManager
            {
                public static UnifiedManager Create() => new();

                public int Count => 0;
            }

            [Canonical("Old.Core.Repo`1")]
            public sealed class Repo<T>
            {
                public int Count => 0;
            }

            [Canonical("Old.Core.IService")]
            public interface IService
            {
                int Id { get; }
            }

            [Canonical("Old.Core.MarkerAttribute", Shim = ShimKind.Subclass)]
            [AttributeUsage(AttributeTargets.All)]
            public class TagAttribute : Attribute { }

            [Canonical("Old.Core.Helpers")]
            public static class Helpers
            {
                public static int Twice(int value) => value * 2;
            }

            [Canonical("Old.Core.JobBase")]
            public abstract class Job
            {
                public abstract int Run();
            }
        }
        """;

    /// <summary>The type consolidation of the design: <c>Old.Ns.WebSocketManager</c> became <c>Netra.Core.UnifiedWebSocketManager</c>.</summary>
    public const string Netra = """
        namespace Netra.Core
        {
            [Ssot.Canonical("Old.Ns.WebSocketManager")]
            public sealed class UnifiedWebSocketManager
            {
                public int Count => 0;
            }
        }
        """;
}
