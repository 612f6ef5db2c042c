// WeChat's own compilers, wcc (WXML and WXS) and wcsc (WXSS), as the Linux builds that miniprogram-compiler
// ships. The package installs without scripts and its binaries come as mode 644, so they are made executable
// here, before their first use.
import { chmodSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(__filename);
const COMPILER_DIR = path.dirname(require.resolve('miniprogram-compiler/package.json'));
const MAX_OUTPUT = 64 * 1024 * 1024;

type Wcc = (root: string, files: string[], wxs: string[], options: { maxBuffer: number }) => string;
type Wcsc = (root: string, files: string[], options: { maxBuffer: number }) => Record<string, string> | Error;

export function makeCompilersExecutable(): void {
  for (const name of ['wcc', 'wcsc']) chmodSync(path.join(COMPILER_DIR, 'bin', 'linux', name), 0o755);
}

function filesOf(root: string, ext: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return filesOf(root, ext, rel);
    return e.name.endsWith(ext) ? [rel] : [];
  });
}

export interface CompileReport {
  wxml: number;
  wxs: number;
  wxss: number;
  /** What wcc made of the WXML: a script defining $gwx, the template function every page renders with. */
  wxmlScript: string;
}

/** Compiles every .wxml, .wxs and .wxss under `root`; throws with WeChat's file:line:col message on the first error. */
export function compileWeapp(root: string): CompileReport {
  makeCompilersExecutable();
  const wcc = require('miniprogram-compiler/src/wcc') as Wcc;
  const wcsc = require('miniprogram-compiler/src/wcsc') as Wcsc;
  const wxml = filesOf(root, '.wxml').map((f) => f.slice(0, -'.wxml'.length));
  const wxs = filesOf(root, '.wxs');
  const wxss = filesOf(root, '.wxss').map((f) => f.slice(0, -'.wxss'.length));
  const wxmlScript = wcc(root, wxml, wxs, { maxBuffer: MAX_OUTPUT });
  // wcsc's wrapper returns its error instead of throwing it.
  const styles = wcsc(root, wxss, { maxBuffer: MAX_OUTPUT });
  if (styles instanceof Error) throw styles;
  return { wxml: wxml.length, wxs: wxs.length, wxss: wxss.length, wxmlScript };
}

export const WCC_OUTPUT_LIMIT = MAX_OUTPUT;
