// Builds the h5 app when its sources changed since the last build (a second run costs nothing).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const APP = path.resolve(__dirname, '..');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function ensureBuilt(target: 'h5' | 'weapp'): void {
  const marker = path.join(APP, 'dist', target, target === 'h5' ? 'index.html' : 'app.json');
  const sources = Math.max(newest(path.join(APP, 'src')), newest(path.join(APP, 'config')), statSync(path.join(APP, 'package.json')).mtimeMs);
  if (existsSync(marker) && statSync(marker).mtimeMs > sources) return;
  console.log(`[miniapp] building ${target} (sources changed)`);
  execFileSync('npx', ['taro', 'build', '--type', target], { cwd: APP, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
