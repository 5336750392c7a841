using System.Collections.Generic;

namespace Contoso.Storage
{
    public sealed class BlobClientWrapper
    {
        private readonly Dictionary<string, byte[]> _blobs = new Dictionary<string, byte[]>();

        public BlobClientWrapper(string container)
        {
            Container = container;
        }

        public string Container { get; }

        public int Count => _blobs.Count;

        public void Upload(string name, byte[] content, bool overwrite = true)
        {
            if (overwrite || !_blobs.ContainsKey(name))
            {
                _blobs[name] = content;
            }
        }

        public bool TryDownload(string name, out byte[]? content) => _blobs.TryGetValue(name, out content);
    }

    public interface IBlobSink
    {
        void Accept(BlobClientWrapper? client);
    }

    public static class BlobClients
    {
        public static BlobClientWrapper Open(string container) => new BlobClientWrapper(container);
    }
}
