using System.Text;
using Contoso.Storage;

namespace Contoso.Hosting
{
    /// <summary>
    /// Extension methods in a sibling namespace that imports the library's: the old simple name means the one legacy
    /// type here as it does in <c>Contoso.Storage</c> (the alias is skipped in a project whose code lives in the legacy
    /// namespace), so values flow between the two without a conversion.
    /// </summary>
    public static class BlobClientExtensions
    {
        /// <summary>Stores a text blob and says how many blobs the container holds.</summary>
        public static int UploadText(this BlobClientWrapper client, string name, string text)
        {
            client.Upload(name, Encoding.UTF8.GetBytes(text));
            return client.Count;
        }

        /// <summary>Hands the store to a sink, as version 1 did.</summary>
        public static void PublishTo(this BlobClientWrapper client, IBlobSink sink) => sink.Accept(client);
    }
}
