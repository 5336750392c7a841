namespace Contoso.Storage
{
    /// <summary>
    /// Receives stores. Its signature is version 1's, with the old name: binaries built against version 1 implement
    /// and call it as it is, so it stays until a major version changes it on purpose (SSOT0005 says where).
    /// </summary>
    public interface IBlobSink
    {
        /// <summary>Takes a store.</summary>
        void Accept(BlobClientWrapper? client);
    }
}
