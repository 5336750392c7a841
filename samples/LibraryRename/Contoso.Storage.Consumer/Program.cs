using System;
using System.Text;
using Contoso.Storage;

namespace Gallery.App
{
    /// <summary>Code written against version 1, compiled against version 2 without a change.</summary>
    public static class Program
    {
        public static int Main()
        {
            // The simple name under the old using: the alias makes it mean BlobStore, so nothing is reported here.
            var photos = new BlobClientWrapper("photos");
            photos.Upload("cat.png", Encoding.UTF8.GetBytes("meow"));

            // Fully qualified: this reaches the legacy shim, and the build reports SSOT0001 on it.
            Contoso.Storage.BlobClientWrapper invoices = new Contoso.Storage.BlobClientWrapper("invoices");
            invoices.Upload("2026-11.pdf", new byte[] { 1, 2, 3 });
            bool found = invoices.TryDownload("2026-11.pdf", out byte[] content);

            Console.WriteLine($"photos: {photos.GetType().FullName} with {photos.Count} blob(s)");
            Console.WriteLine($"invoices: {invoices.GetType().FullName} found={found} bytes={content.Length}");
            return photos.Count == 1 && found && content.Length == 3 ? 0 : 1;
        }
    }
}
