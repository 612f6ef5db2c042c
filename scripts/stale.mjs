// Whether a build is older than its sources, so `npm start` and the tests rebuild only what changed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The newest modification time under a file or folder (0 when it does not exist). */
export function newest(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let t = 0;
  for (const entry of readdirSync(p)) t = Math.max(t, newest(path.join(p, entry)));
  return t;
}

/** True when `marker` (a file the build writes last) is missing or older than any of `sources`. */
export function isStale(marker, sources) {
  return !existsSync(marker) || statSync(marker).mtimeMs <= Math.max(...sources.map(newest));
}
