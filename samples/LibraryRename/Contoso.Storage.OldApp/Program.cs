using System;
using System.Collections.Generic;
using System.Text;
using Contoso.Hosting;
using Contoso.Storage;

namespace Gallery.OldApp
{
    /// <summary>
    /// Compiled against version 1 and never rebuilt: each call below is one that version 1's callers make. Against
    /// version 2 every one must still work, through the shim that carries the old name.
    /// </summary>
    public static class Program
    {
        public static int Main()
        {
            var results = new List<(string Call, string Outcome)>();
            BlobClientWrapper? photos = null;
            Check(results, "constructor", () => (photos = new BlobClientWrapper("photos")).Container == "photos");
            Check(results, "method with a default argument", () => { photos!.Upload("cat.png", Encoding.UTF8.GetBytes("meow")); return photos.Count == 1; });
            Check(results, "out parameter", () => photos!.TryDownload("cat.png", out byte[]? content) && content!.Length == 4);
            Check(results, "factory returning the old type", () => BlobClients.Open("docs").Container == "docs");
            Check(results, "extension method in a sibling namespace", () => photos!.UploadText("dog.txt", "woof") == 2);
            Check(results, "interface implemented by this program", () =>
            {
                var sink = new Sink();
                photos!.PublishTo(sink);
                return ReferenceEquals(sink.Received, photos);
            });
            Check(results, "old type as a dictionary key", () =>
            {
                var byClient = new Dictionary<BlobClientWrapper, int> { [photos!] = 1 };
                return byClient.ContainsKey(photos!);
            });

            int ok = 0;
            foreach ((string call, string outcome) in results)
            {
                Console.WriteLine(call + ": " + outcome);
                ok += outcome == "ok" ? 1 : 0;
            }

            Console.WriteLine(ok + " of " + results.Count + " calls ok");
            return ok == results.Count ? 0 : 1;
        }

        private static void Check(List<(string, string)> results, string call, Func<bool> run)
        {
            try
            {
                results.Add((call, run() ? "ok" : "wrong result"));
            }
            catch (Exception exception)
            {
                results.Add((call, exception.GetType().Name + ": " + exception.Message));
            }
        }

        private sealed class Sink : IBlobSink
        {
            public BlobClientWrapper? Received { get; private set; }

            public void Accept(BlobClientWrapper? client) => Received = client;
        }
    }
}
