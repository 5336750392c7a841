using System;
using System.Text;
using Contoso.Hosting;
using Contoso.Storage;

namespace Gallery.App
{
    /// <summary>Code written against version 1, compiled against version 2 without a change.</summary>
    public static class Program
    {
        public static int Main()
        {
            // Version 2's API still says BlobClientWrapper, so this project gets no alias (SSOT2009): the old name means
            // the shim, as it does in the library, and every mention is reported as SSOT0001 with a fix.
            var photos = new BlobClientWrapper("photos");
            photos.Upload("cat.png", Encoding.UTF8.GetBytes("meow"));
            int count = photos.UploadText("dog.txt", "woof");

            // The library hands out the old type from a version 1 signature; the new type converts to it.
            Contoso.Storage.BlobClientWrapper invoices = BlobClients.Open("invoices");
            invoices.Upload("2026-11.pdf", new byte[] { 1, 2, 3 });
            bool found = invoices.TryDownload("2026-11.pdf", out byte[]? content);

            // New code uses the new name; the facade and the store it wraps are one object.
            BlobStore store = photos;
            var sink = new Sink();
            store.Publish(sink);

            Console.WriteLine($"photos: {photos.GetType().FullName} wraps {store.GetType().FullName} with {count} blob(s)");
            Console.WriteLine($"invoices: found={found} bytes={content?.Length}");
            // Identity is compared through the new type: a facade and the store it wraps are two references to one
            // instance, so comparing a facade with a store directly would say false.
            bool same = ReferenceEquals((BlobStore?)sink.Received, store);
            Console.WriteLine($"the sink got the same store: {same}");
            return count == 2 && found && content?.Length == 3 && same ? 0 : 1;
        }

        private sealed class Sink : IBlobSink
        {
            public BlobClientWrapper? Received { get; private set; }

            public void Accept(BlobClientWrapper? client) => Received = client;
        }
    }
}
