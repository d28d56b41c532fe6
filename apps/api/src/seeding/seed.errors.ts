/** The seed data cannot be loaded; the message names the file and the problem. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
}
