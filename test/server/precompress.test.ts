// The build's compressed copies (scripts/lib/precompress.ts): one brotli and one gzip file next
// to every text file worth it, each the same bytes once decompressed; small and binary files none.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/lib/precompress';

const root = mkdtempSync(join(tmpdir(), 'hs-precompress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the build’s compressed copies', () => {
  it('writes .br and .gz beside each text file of 1 KiB or more, and none beside the rest', () => {
    const out = join(root, 'dist');
    mkdirSync(join(out, 'assets'), { recursive: true });
    const big = Buffer.from(`console.log(${JSON.stringify('hub '.repeat(2000))});`);
    writeFileSync(join(out, 'assets', 'big.js'), big);
    writeFileSync(join(out, 'assets', 'small.css'), 'a{color:red}');
    writeFileSync(join(out, 'assets', 'picture.png'), Buffer.alloc(4096, 7));
    writeFileSync(join(out, 'index.html'), `<!doctype html>${'<p>hub</p>'.repeat(200)}`);
    const plugin = precompress();
    (plugin.configResolved as (c: unknown) => void)({ root, build: { outDir: 'dist' } });
    const bundle = { 'assets/big.js': {}, 'assets/small.css': {}, 'assets/picture.png': {}, 'index.html': {} };
    (plugin.writeBundle as (o: unknown, b: unknown) => void)({}, bundle);
    expect(brotliDecompressSync(readFileSync(join(out, 'assets', 'big.js.br'))).equals(big)).toBe(true);
    expect(gunzipSync(readFileSync(join(out, 'assets', 'big.js.gz'))).equals(big)).toBe(true);
    expect(existsSync(join(out, 'index.html.br'))).toBe(true);
    for (const none of ['small.css.br', 'small.css.gz', 'picture.png.br', 'picture.png.gz']) expect(existsSync(join(out, 'assets', none))).toBe(false);
  });
});
