// The built client as the server sends it: the compressed copy the browser accepts (brotli, else
// gzip, else the file itself), hashed assets cached for good, the page checked on every load.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/server';
import { IMMUTABLE } from '../../src/server/static-headers';

const root = mkdtempSync(join(tmpdir(), 'hs-static-'));
const clientDir = join(root, 'client');
mkdirSync(join(clientDir, 'assets'), { recursive: true });
const script = Buffer.from(`export const table = ${JSON.stringify('x'.repeat(4000))};\n`);
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Hub &amp; Spokes</title>');
writeFileSync(join(clientDir, 'assets', 'table-a1b2c3.js'), script);
writeFileSync(join(clientDir, 'assets', 'table-a1b2c3.js.br'), brotliCompressSync(script));
writeFileSync(join(clientDir, 'assets', 'table-a1b2c3.js.gz'), gzipSync(script));

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir });
});
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

function fetchRaw(path: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(new URL(path, server.url), { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the built client, as sent', () => {
  it('sends the brotli copy to a browser that takes brotli', async () => {
    const res = await fetchRaw('/assets/table-a1b2c3.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(res.body).equals(script)).toBe(true);
    expect(res.body.length).toBeLessThan(script.length / 10);
  });

  it('sends the gzip copy to one that takes only gzip, and the file itself to one that takes neither', async () => {
    const gz = await fetchRaw('/assets/table-a1b2c3.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(script)).toBe(true);
    const plain = await fetchRaw('/assets/table-a1b2c3.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(script)).toBe(true);
  });

  it('lets browsers keep hashed assets for good, checks the page every time, and says the answer varies by encoding', async () => {
    const asset = await fetchRaw('/assets/table-a1b2c3.js', 'br');
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    expect(asset.headers['vary']).toMatch(/Accept-Encoding/i);
    const page = await fetchRaw('/', 'br');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
