// Paths to every value of a parsed document (depth first, children in order), for tests that visit or mutate it.

/** Every path of `value`, the root first; with `missing`, also a missing key and item under each container. */
export function pathsOf(value: unknown, missing = false): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, path] = next;
    if (typeof node === "object" && node !== null) {
      for (const [key, child] of Array.isArray(node) ? node.entries() : Object.entries(node)) {
        out.push([...path, key]);
        stack.push([child, [...path, key]]);
      }
      if (missing) {
        out.push([...path, "missing"], [...path, 99]);
      }
    }
  }
  return out;
}
