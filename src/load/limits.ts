// Limits on what a document may cost to read: untrusted files must fail with a clear error, never exhaust the
// stack or the memory. Browser-safe defaults; in Node, settings.ts reads the BIOIMAGE_SPECS_* overrides.

export interface DocumentLimits {
  /** Largest document read, in bytes (text: in UTF-16 units, never more than its UTF-8 bytes). */
  readonly maxDocumentBytes: number;
  /** Deepest nesting of mappings and sequences (the validators and rules recurse; the YAML parser does too). */
  readonly maxDepth: number;
  /** Most YAML alias expansions (the "billion laughs" bomb). */
  readonly maxAliasCount: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxDocumentBytes: 64 << 20,
  // Far below what the YAML parser survives (about 780 levels of flow nesting on Node's default stack), far above
  // any real description (model 0.5: under 15).
  maxDepth: 256,
  maxAliasCount: 100,
};

export function tooLarge(size: number, limit: number): string {
  return `larger than the limit of ${limit} bytes (${size} bytes)`;
}
