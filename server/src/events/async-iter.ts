/**
 * Maps and filters an async iterator (dropping items mapped to null) while keeping
 * `return()` wired through, so closing a subscription releases its listener.
 */
export function filterMap<T, U>(
  source: AsyncIterableIterator<T>,
  fn: (item: T) => Promise<U | null>,
): AsyncIterableIterator<U> {
  const iterator: AsyncIterableIterator<U> = {
    async next(): Promise<IteratorResult<U>> {
      for (;;) {
        const item = await source.next();
        if (item.done) return { done: true, value: undefined };
        const mapped = await fn(item.value);
        if (mapped !== null) return { done: false, value: mapped };
      }
    },
    async return(): Promise<IteratorResult<U>> {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
