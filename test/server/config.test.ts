import { describe, expect, it } from 'vitest';
import { ConfigError, publicUrl, readConfig } from '../../src/server/config';
import { originPattern } from '../../src/server/server';

describe('server settings', () => {
  it('defaults to 127.0.0.1:8000 and data/ under the working folder', () => {
    const c = readConfig({}, '/srv/hs');
    expect(c).toMatchObject({ host: '127.0.0.1', port: 8000, dataDir: '/srv/hs/data', clientDir: '/srv/hs/dist/client' });
  });

  it('reads PORT, HOST and DATA_DIR', () => {
    expect(readConfig({ PORT: '9001', HOST: '0.0.0.0', DATA_DIR: '/var/lib/hs' }, '/x')).toMatchObject({ port: 9001, host: '0.0.0.0', dataDir: '/var/lib/hs' });
  });

  it('refuses a bad PORT or HOST with a clear message', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/0 to 65535/);
    expect(() => readConfig({ HOST: 'a b' })).toThrow(/HOST/);
  });

  it('prints a reachable URL for a wildcard bind', () => {
    expect(publicUrl('0.0.0.0', 8000)).toBe('http://127.0.0.1:8000/');
    expect(publicUrl('::1', 8000)).toBe('http://[::1]:8000/');
  });

  it('allows pages from its own address only', () => {
    const local = originPattern('127.0.0.1');
    expect(local.test('http://127.0.0.1:8000')).toBe(true);
    expect(local.test('http://localhost:5173')).toBe(true);
    expect(local.test('http://example.com')).toBe(false);
    expect(local.test('http://127.0.0.1.example.com')).toBe(false);
    expect(originPattern('10.1.2.3').test('http://10.1.2.3:8000')).toBe(true);
  });
});
