// The fingerprint of the rules data a balance report was measured on: sha256 over every JSON
// file under rules/, by sorted path, each path and content followed by a NUL. A test compares
// it with the stamp in docs/balance.md, so changed rules cannot keep an old report.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsonFiles(path);
    return e.name.endsWith('.json') ? [path] : [];
  });
}

export function rulesHash(root: string): string {
  const hash = createHash('sha256');
  const files = jsonFiles(join(root, 'rules')).map((f) => ({ f, name: relative(root, f).split(sep).join('/') }));
  for (const { f, name } of files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(name).update('\0').update(readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

/** The stamp line of docs/balance.md: `rules data sha256: <hex>`. */
export const STAMP_PREFIX = 'rules data sha256: ';
export const stampIn = (markdown: string): string | undefined =>
  markdown.split('\n').find((l) => l.includes(STAMP_PREFIX))?.split(STAMP_PREFIX)[1]?.match(/^[0-9a-f]{64}/)?.[0];
