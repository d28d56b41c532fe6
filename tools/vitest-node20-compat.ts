/// <reference lib="es2024.collection" />
/// <reference lib="es2024.object" />
// Vitest 5 targets Node 22 and calls Map.groupBy / Object.groupBy in its reporters, which
// crash on Node 20 as soon as a test fails. Our machines run Node 20, so every
// vitest.config.ts imports this file first. Remove it when the project moves to Node 22.
type KeyOf<T, K> = (item: T, index: number) => K;

if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function <T, K>(items: Iterable<T>, keyOf: KeyOf<T, K>): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}

if (typeof Object.groupBy !== 'function') {
  Object.groupBy = function <T, K extends PropertyKey>(items: Iterable<T>, keyOf: KeyOf<T, K>) {
    return Object.fromEntries(Map.groupBy(items, keyOf)) as Partial<Record<K, T[]>>;
  };
}
