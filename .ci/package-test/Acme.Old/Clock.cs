namespace Acme.Old
{
#if NETSTANDARD2_0
    [Ssot.Canonical("Acme.Old.LegacyClock")]
#endif
    public sealed class Clock
    {
        public int Ticks => 1;
    }
}
