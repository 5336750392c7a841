using System.Text;
using Contoso.Storage;

namespace Contoso.Hosting
{
    public static class BlobClientExtensions
    {
        public static int UploadText(this BlobClientWrapper client, string name, string text)
        {
            client.Upload(name, Encoding.UTF8.GetBytes(text));
            return client.Count;
        }

        public static void PublishTo(this BlobClientWrapper client, IBlobSink sink) => sink.Accept(client);
    }
}
