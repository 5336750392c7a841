using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>A canonical static class gets a static legacy class whose members all reach the canonical one.</summary>
public sealed class StaticForwarderTests
{
    private const string Source = """
        #pragma warning disable SSOT0001
        using System;
        using System.Collections.Generic;
        using Ssot;

        namespace New.Ns
        {
            [Canonical("Old.Ns.TextUtil")]
            public static class TextTools
            {
                public const string Version = "1.2";

                public static readonly string Greeting = "hi";

                public static int Counter;

                public static event Action<string>? Logged;

                public static int Calls { get; set; }

                public static string Shout(this string text)
                {
                    Calls++;
                    return text.ToUpperInvariant() + "!";
                }

                public static string Join(string separator, params string[] parts) => string.Join(separator, parts);

                public static bool TryParse(string text, out int value) => int.TryParse(text, out value);

                public static T FirstOr<T>(IEnumerable<T> items, T fallback) where T : notnull
                {
                    foreach (T item in items)
                    {
                        return item;
                    }

                    return fallback;
                }

                public static string Pad(string text, int width = 5, char fill = '*') => text.PadLeft(width, fill);

                public static void Log(string message) => Logged?.Invoke(message);
            }
        }

        namespace LegacyCallers
        {
            using Old.Ns;

            public static class ExtensionCaller
            {
                public static string Call() => "abc".Shout();
            }
        }

        public static class Probe
        {
            public static string Methods()
            {
                bool parsed = Old.Ns.TextUtil.TryParse("12", out int value);
                return Old.Ns.TextUtil.Shout("hey") + "," + Old.Ns.TextUtil.Join("-", "a", "b") + "," + parsed + ":" + value + ","
                    + Old.Ns.TextUtil.FirstOr(new[] { "x" }, "y") + "," + Old.Ns.TextUtil.FirstOr(new string[0], "y") + ","
                    + Old.Ns.TextUtil.Pad("a") + "," + Old.Ns.TextUtil.Pad("a", 3, '.');
            }

            public static string ExtensionMethod()
            {
                int before = New.Ns.TextTools.Calls;
                string result = LegacyCallers.ExtensionCaller.Call();
                return result + "," + (New.Ns.TextTools.Calls - before);
            }

            public static string Properties()
            {
                Old.Ns.TextUtil.Calls = 40;
                New.Ns.TextTools.Calls += 2;
                return Old.Ns.TextUtil.Calls + "," + Old.Ns.TextUtil.Version + "," + Old.Ns.TextUtil.Greeting;
            }

            public static string Fields()
            {
                Old.Ns.TextUtil.Counter = 5;
                New.Ns.TextTools.Counter++;
                return Old.Ns.TextUtil.Counter.ToString();
            }

            public static string Events()
            {
                var seen = new List<string>();
                Action<string> handler = seen.Add;
                Old.Ns.TextUtil.Logged += handler;
                New.Ns.TextTools.Log("a");
                Old.Ns.TextUtil.Log("b");
                Old.Ns.TextUtil.Logged -= handler;
                New.Ns.TextTools.Log("c");
                return string.Join(",", seen);
            }
        }
        """;

    private static readonly Lazy<ProbeAssembly> Compiled = new(() => ProbeAssembly.Compile(Source));

    private static ProbeAssembly Probe => Compiled.Value;

    [Fact]
    public void Shim_of_a_static_class_is_a_static_class()
    {
        Type legacy = Probe.Type("Old.Ns.TextUtil");

        Assert.True(legacy.IsAbstract && legacy.IsSealed);
        Assert.Equal("SSOT0001", Assert.Single(legacy.GetCustomAttributes<ObsoleteAttribute>()).DiagnosticId);
    }

    [Fact]
    public void Static_methods_forward_with_out_params_generic_and_default_arguments()
    {
        Assert.Equal("HEY!,a-b,True:12,x,y,****a,..a", Probe.Call<string>("Methods"));
    }

    [Fact]
    public void Extension_method_called_through_the_legacy_namespace_reaches_the_canonical_method()
    {
        Assert.Equal("ABC!,1", Probe.Call<string>("ExtensionMethod"));
        Assert.True(Probe.Type("Old.Ns.TextUtil").GetMethod("Shout")!.IsDefined(typeof(ExtensionAttribute)));
    }

    [Fact]
    public void Static_properties_and_constants_read_and_write_the_canonical_ones()
    {
        Assert.Equal("42,1.2,hi", Probe.Call<string>("Properties"));
    }

    [Fact]
    public void Static_field_is_read_and_written_through_the_legacy_name()
    {
        Assert.Equal("6", Probe.Call<string>("Fields"));
    }

    [Fact]
    public void Static_event_handler_added_through_the_legacy_name_runs_and_can_be_removed()
    {
        Assert.Equal("a,b", Probe.Call<string>("Events"));
    }
}
