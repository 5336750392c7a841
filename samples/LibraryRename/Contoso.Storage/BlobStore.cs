using System.Collections.Generic;
using Ssot;

namespace Contoso.Storage
{
    /// <summary>
    /// Version 1 called this type <c>BlobClientWrapper</c>. Version 2 renamed it in place (the declaration and its
    /// constructor, nothing else) and added the attribute, which keeps the old name as an obsolete facade over this
    /// type: every signature below that still says <c>BlobClientWrapper</c> keeps compiling, and keeps working for
    /// binaries built against version 1.
    /// </summary>
    [Canonical("Contoso.Storage.BlobClientWrapper")]
    public sealed class BlobStore
    {
        private readonly Dictionary<string, byte[]> _blobs = new Dictionary<string, byte[]>();

        /// <summary>A store for the blobs of one container.</summary>
        public BlobStore(string container)
        {
            Container = container;
        }

        /// <summary>The container's name.</summary>
        public string Container { get; }

        /// <summary>How many blobs the container holds.</summary>
        public int Count => _blobs.Count;

        /// <summary>Stores a blob, replacing one of the same name unless <paramref name="overwrite"/> is false.</summary>
        public void Upload(string name, byte[] content, bool overwrite = true)
        {
            if (overwrite || !_blobs.ContainsKey(name))
            {
                _blobs[name] = content;
            }
        }

        /// <summary>Reads a blob.</summary>
        public bool TryDownload(string name, out byte[]? content) => _blobs.TryGetValue(name, out content);

        /// <summary>Hands this store to a sink: the sink sees the very same object under its old name.</summary>
        public void Publish(IBlobSink sink) => sink.Accept(this);
    }
}
