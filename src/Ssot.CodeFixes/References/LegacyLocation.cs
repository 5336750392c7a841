using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.CodeFixes.References;

/// <summary>Where a legacy reference is: a document and the span the analyzer reports.</summary>
internal readonly struct LegacyLocation : IEquatable<LegacyLocation>
{
    public LegacyLocation(DocumentId documentId, TextSpan span)
    {
        DocumentId = documentId;
        Span = span;
    }

    public DocumentId DocumentId { get; }

    public TextSpan Span { get; }

    public bool Equals(LegacyLocation other) => DocumentId == other.DocumentId && Span == other.Span;

    public override bool Equals(object? obj) => obj is LegacyLocation other && Equals(other);

    public override int GetHashCode() => DocumentId.GetHashCode() ^ Span.GetHashCode();
}
