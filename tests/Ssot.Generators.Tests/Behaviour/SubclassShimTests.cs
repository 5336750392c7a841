using System;
using System.Linq;
using System.Reflection;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// Legacy code that derives from the old type keeps compiling and running when the shim is a subclass of the
/// canonical type: the chosen shape for abstract classes, and an opt-in for other unsealed classes.
/// </summary>
public sealed class SubclassShimTests
{
    private const string Source = """
        using Ssot;

        namespace New.Ns
        {
            [Canonical("Old.Ns.Handler")]
            public abstract class HandlerBase
            {
                protected HandlerBase(string name) { Name = name; }

                protected HandlerBase() : this("default") { }

                public string Name { get; }

                public virtual string Prefix => "[" + Name + "]";

                public abstract string Handle(string input);

                public string Run(string input) => Prefix + Handle(input);

                public static string Describe(HandlerBase handler) => handler.GetType().Name + ":" + handler.Name;
            }

            public static class Pipeline
            {
                public static string Execute(HandlerBase handler, string input) => handler.Run(input);
            }

            [Canonical("Old.Ns.Repository", Shim = ShimKind.Subclass)]
            public class Repository
            {
                public Repository() { Source = "public()"; }

                protected Repository(string source) { Source = "protected(" + source + ")"; }

                internal Repository(int shard) { Source = "internal(" + shard + ")"; }

                protected internal Repository(long shard) { Source = "protected internal(" + shard + ")"; }

                private Repository(bool flag) { Source = "private(" + flag + ")"; }

                public string Source { get; }

                public virtual string Find(int id) => "repo:" + id;
            }
        }

        #pragma warning disable SSOT0001
        public sealed class LegacyHandler : Old.Ns.Handler
        {
            public LegacyHandler() : base("legacy") { }

            public override string Handle(string input) => input.ToUpperInvariant();
        }

        public sealed class DefaultHandler : Old.Ns.Handler
        {
            public override string Prefix => "<" + base.Prefix + ">";

            public override string Handle(string input) => input;
        }

        public sealed class LegacyRepository : Old.Ns.Repository
        {
            public LegacyRepository() : base("derived") { }

            public LegacyRepository(long shard) : base(shard) { }

            public override string Find(int id) => "legacy+" + base.Find(id);
        }

        public static class Probe
        {
            public static string DerivedFromAbstractLegacy()
            {
                var handler = new LegacyHandler();
                return handler.Run("abc") + "," + New.Ns.Pipeline.Execute(handler, "x") + "," + (handler is New.Ns.HandlerBase) + "," + New.Ns.HandlerBase.Describe(handler);
            }

            public static string ProtectedParameterlessConstructor() => new DefaultHandler().Run("q");

            public static string StaticMemberThroughLegacyName() => Old.Ns.Handler.Describe(new DefaultHandler());

            public static string ConcreteSubclass()
            {
                var created = new Old.Ns.Repository();
                var internalShard = new Old.Ns.Repository(7);
                New.Ns.Repository asCanonical = created;
                var derived = new LegacyRepository();
                New.Ns.Repository derivedAsCanonical = derived;
                return created.Source + "," + internalShard.Source + "," + asCanonical.Find(1) + "," + derived.Source + "," + derivedAsCanonical.Find(2) + "," + new LegacyRepository(3L).Source;
            }
        }
        """;

    private const BindingFlags InstanceConstructors = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly Lazy<ProbeAssembly> Compiled = new(() => ProbeAssembly.Compile(Source));

    private static ProbeAssembly Probe => Compiled.Value;

    [Fact]
    public void Abstract_canonical_class_gets_an_abstract_subclass_shim()
    {
        Type legacy = Probe.Type("Old.Ns.Handler");

        Assert.True(legacy.IsAbstract);
        Assert.Equal(Probe.Type("New.Ns.HandlerBase"), legacy.BaseType);
        Assert.Equal("SSOT0001", Assert.Single(legacy.GetCustomAttributes<ObsoleteAttribute>()).DiagnosticId);
    }

    [Fact]
    public void Legacy_class_deriving_from_the_abstract_legacy_type_is_a_canonical_instance()
    {
        Assert.Equal("[legacy]ABC,[legacy]X,True,LegacyHandler:legacy", Probe.Call<string>("DerivedFromAbstractLegacy"));
    }

    [Fact]
    public void Protected_parameterless_constructor_and_virtual_members_work_for_derived_legacy_classes()
    {
        Assert.Equal("<[default]>q", Probe.Call<string>("ProtectedParameterlessConstructor"));
    }

    [Fact]
    public void Static_members_of_the_canonical_type_are_reachable_through_the_legacy_name()
    {
        Assert.Equal("DefaultHandler:default", Probe.Call<string>("StaticMemberThroughLegacyName"));
    }

    [Fact]
    public void Subclass_opt_in_for_a_concrete_class_mirrors_every_accessible_constructor()
    {
        Assert.Equal(
            "public(),internal(7),repo:1,protected(derived),legacy+repo:2,protected internal(3)",
            Probe.Call<string>("ConcreteSubclass"));
    }

    [Fact]
    public void Subclass_opt_in_keeps_constructor_accessibility_and_drops_private_constructors()
    {
        Type legacy = Probe.Type("Old.Ns.Repository");
        ConstructorInfo[] constructors = legacy.GetConstructors(InstanceConstructors);

        Assert.False(legacy.IsSealed);
        Assert.False(legacy.IsAbstract);
        Assert.Equal(Probe.Type("New.Ns.Repository"), legacy.BaseType);
        Assert.True(Single(constructors, typeof(void)).IsPublic);
        Assert.True(Single(constructors, typeof(string)).IsFamily);
        Assert.True(Single(constructors, typeof(int)).IsAssembly);
        Assert.True(Single(constructors, typeof(long)).IsFamilyOrAssembly);
        Assert.DoesNotContain(constructors, c => c.GetParameters().Any(p => p.ParameterType == typeof(bool)));
        Assert.Equal(4, constructors.Length);
    }

    [Fact]
    public void Abstract_subclass_shim_mirrors_protected_constructors_as_protected()
    {
        ConstructorInfo[] constructors = Probe.Type("Old.Ns.Handler").GetConstructors(InstanceConstructors);

        Assert.True(Single(constructors, typeof(void)).IsFamily);
        Assert.True(Single(constructors, typeof(string)).IsFamily);
        Assert.Equal(2, constructors.Length);
    }

    /// <summary>The constructor with no parameters (<c>typeof(void)</c>) or with one parameter of the given type.</summary>
    private static ConstructorInfo Single(ConstructorInfo[] constructors, Type parameter) =>
        Assert.Single(constructors, c => parameter == typeof(void)
            ? c.GetParameters().Length == 0
            : c.GetParameters() is [{ } only] && only.ParameterType == parameter);
}
