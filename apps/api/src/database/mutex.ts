/** A first-in-first-out lock: work passed to `run` executes one at a time, in call order. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    // The next caller waits for this one to settle, whether it succeeded or failed.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
