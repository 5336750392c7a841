using System.Collections.Generic;
using Ssot;

namespace Contoso.Storage.Blobs
{
    /// <summary>
    /// Version 2's name for what version 1 called <c>Contoso.Storage.BlobClientWrapper</c>. The attribute keeps the old
    /// name alive as an obsolete facade over this type, so upgrading breaks no caller.
    /// </summary>
    [Canonical("Contoso.Storage.BlobClientWrapper")]
    public sealed class BlobStore
    {
        private readonly Dictionary<string, byte[]> _blobs = new Dictionary<string, byte[]>();

        public BlobStore(string container)
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

        public bool TryDownload(string name, out byte[] content) => _blobs.TryGetValue(name, out content);
    }
}
