// npm start serves a client built from this checkout: built when missing, rebuilt when a source
// is newer than the build, left alone otherwise.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientBuildReason } from '../../src/server/client-build';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function checkout(): { root: string; clientDir: string } {
  root = mkdtempSync(join(tmpdir(), 'hs-build-'));
  mkdirSync(join(root, 'src/ui'), { recursive: true });
  writeFileSync(join(root, 'src/ui/App.tsx'), 'x');
  writeFileSync(join(root, 'index.html'), 'x');
  return { root, clientDir: join(root, 'dist/client') };
}

function build(clientDir: string, at: Date): void {
  mkdirSync(clientDir, { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), 'built');
  utimesSync(join(clientDir, 'index.html'), at, at);
}

describe('the client npm start serves', () => {
  it('is built on the first start', () => {
    const c = checkout();
    expect(clientBuildReason(c.clientDir, c.root)).toMatch(/first start/);
  });

  it('is served as it is when nothing changed since the build', () => {
    const c = checkout();
    build(c.clientDir, new Date(Date.now() + 60_000));
    expect(clientBuildReason(c.clientDir, c.root)).toBeNull();
  });

  it('is built again when a source file is newer than the build', () => {
    const c = checkout();
    build(c.clientDir, new Date(Date.now() - 60_000));
    expect(clientBuildReason(c.clientDir, c.root)).toMatch(/changed/);
  });
});
