// Writes a file only when its bytes change, so that a generated file read meanwhile (by the test runner, Storybook)
// is never seen half written, and an unchanged one keeps its time.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `data` (a string or bytes) to `file` unless it already holds exactly that. */
export function writeChanged(file, data) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (existsSync(file) && Buffer.compare(readFileSync(file), bytes) === 0) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}
