// Document paths by prefix. "Is there an error at or below this path?" is asked once per checked field: scanning
// every error each time made validation quadratic in the number of errors (a model with 1,000 tensors each with
// an error took seconds). Browser-safe.

type Segment = string | number;

interface TrieNode<K> {
  /** How many added paths pass through or end at this node. */
  count: number;
  readonly children: Map<K, TrieNode<K>>;
}

export class PathTrie<K> {
  private readonly root: TrieNode<K> = { count: 0, children: new Map() };

  /** `key` says which segments are the same: `String` for "0" = 0, the identity for exact matches. */
  constructor(private readonly key: (segment: Segment) => K) {}

  add(path: readonly Segment[]): void {
    let node = this.root;
    node.count++;
    for (const segment of path) {
      const k = this.key(segment);
      let child = node.children.get(k);
      if (child === undefined) {
        child = { count: 0, children: new Map() };
        node.children.set(k, child);
      }
      child.count++;
      node = child;
    }
  }

  /** How many added paths start with `prefix` (those equal to it included). */
  countStartingWith(prefix: readonly Segment[]): number {
    let node: TrieNode<K> | undefined = this.root;
    for (const segment of prefix) {
      node = node.children.get(this.key(segment));
      if (node === undefined) {
        return 0;
      }
    }
    return node.count;
  }
}
