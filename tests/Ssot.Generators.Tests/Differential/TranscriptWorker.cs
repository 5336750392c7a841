using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// Runs consumers in worker processes, never in the test host: IL compiled against v1 can be type-unsafe against v2
/// (a class the old binary upcasts to the legacy name no longer derives from it), and then the runtime does not throw,
/// it crashes. A worker that dies is reported as a crash in the transcript and replaced. Workers are a small program
/// compiled here, one request a line: base64 consumer image, base64 library image; one base64 transcript a line back.
/// </summary>
internal sealed class TranscriptWorker : IDisposable
{
    public const string CrashMarker = "!ProcessCrashed";

    private const string Program = """
        using System;
        using System.IO;
        using System.Reflection;
        using System.Runtime.Loader;
        using System.Text;

        public static class Worker
        {
            public static void Main(string[] args)
            {
                // Replies go to the real stdout; whatever a consumer prints goes to stderr, where it cannot break a reply.
                TextWriter replies = Console.Out;
                Console.SetOut(Console.Error);
                string? line;
                while ((line = Console.ReadLine()) is not null)
                {
                    string[] parts = line.Split('\t');
                    var context = new ImageContext(parts[2], Convert.FromBase64String(parts[1]));
                    string result;
                    try
                    {
                        Assembly consumer = context.LoadFromStream(new MemoryStream(Convert.FromBase64String(parts[0])));
                        MethodInfo run = consumer.GetType(parts[3], throwOnError: true)!.GetMethod(parts[4])!;
                        result = (string)run.Invoke(null, BindingFlags.DoNotWrapExceptions, null, Array.Empty<object>(), null)!;
                    }
                    catch (Exception e)
                    {
                        result = "!" + e.GetType().Name + ": " + e.Message;
                    }

                    context.Unload();
                    replies.Write(Convert.ToBase64String(Encoding.UTF8.GetBytes(result)) + "\n");
                    replies.Flush();
                }
            }
        }

        public sealed class ImageContext : AssemblyLoadContext
        {
            private readonly string _name;
            private readonly byte[] _image;

            public ImageContext(string name, byte[] image) : base(isCollectible: true)
            {
                _name = name;
                _image = image;
            }

            protected override Assembly? Load(AssemblyName assemblyName) =>
                assemblyName.Name == _name ? LoadFromStream(new MemoryStream(_image)) : null;
        }
        """;

    private static readonly Lazy<string> WorkerPath = new(Build);

    private static readonly ConcurrentBag<TranscriptWorker> Idle = [];

    private readonly Process _process;

    // What the worker said on stderr during the current request: the consumer names each step there before it runs it.
    private readonly ConcurrentQueue<string> _errors = new();

    private TranscriptWorker()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WorkerPath.Value);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _errors.Enqueue(line);
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>The consumer's transcript with the library resolving, by name, to <paramref name="library"/>.</summary>
    public static string Run(byte[] consumer, byte[] library)
    {
        TranscriptWorker worker = Idle.TryTake(out TranscriptWorker? idle) ? idle : new TranscriptWorker();
        string? result = worker.Request(consumer, library);
        if (result is null)
        {
            int exitCode = worker._process.WaitForExit(5000) ? worker._process.ExitCode : -1;
            worker._process.WaitForExit();
            string said = string.Join(" / ", worker._errors.TakeLast(4));
            worker.Dispose();
            return CrashMarker + " (exit code " + exitCode + "), last said: " + said + "\n";
        }

        Idle.Add(worker);
        return result;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private string? Request(byte[] consumer, byte[] library)
    {
        _errors.Clear();
        try
        {
            _process.StandardInput.Write(
                Convert.ToBase64String(consumer) + "\t" + Convert.ToBase64String(library) + "\t" + RenameCase.LibraryAssembly + "\t"
                + ConsumerRenderer.ProgramType + "\t" + ConsumerRenderer.RunMethod + "\n");
            _process.StandardInput.Flush();
            Task<string?> read = _process.StandardOutput.ReadLineAsync();
            if (!read.Wait(TimeSpan.FromSeconds(60)))
            {
                _process.Kill();
                return null;
            }

            return read.Result is { } line ? Encoding.UTF8.GetString(Convert.FromBase64String(line)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Compiles the worker once per test run into a temporary folder, with the runtime configuration `dotnet` needs.</summary>
    private static string Build()
    {
        string directory = Path.Combine(Path.GetTempPath(), "ssot-transcript-worker-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, "TranscriptWorker.dll");
        var options = new TestCompilation { AssemblyName = "TranscriptWorker", OutputKind = OutputKind.ConsoleApplication, WithDependencyInjection = false };
        File.WriteAllBytes(path, AssemblyImage.Emit(options.Create(Program)));
        string version = Environment.Version.Major + "." + Environment.Version.Minor + ".0";
        File.WriteAllText(
            Path.Combine(directory, "TranscriptWorker.runtimeconfig.json"),
            "{ \"runtimeOptions\": { \"tfm\": \"net" + version.Substring(0, version.LastIndexOf('.')) + "\", \"framework\": { \"name\": \"Microsoft.NETCore.App\", \"version\": \"" + version + "\" } } }");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (TranscriptWorker worker in Idle.ToArray())
            {
                worker.Dispose();
            }

            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A worker still holding its file: the folder is in the temporary directory, and small.
            }
        };
        return path;
    }
}
