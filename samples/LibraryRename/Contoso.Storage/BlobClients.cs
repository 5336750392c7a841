namespace Contoso.Storage
{
    /// <summary>Opens stores. Version 1's signature, so version 1's callers keep running.</summary>
    public static class BlobClients
    {
        /// <summary>Opens the store of a container; the old return type hands out the facade of a new store.</summary>
        public static BlobClientWrapper Open(string container) => new BlobStore(container);
    }
}
