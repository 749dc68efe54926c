import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesHash, stampIn } from '../../src/sim/rules-hash';

function rulesDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rules-hash-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('rulesHash', () => {
  const base = { 'rules/actors.json': '[1]', 'rules/cards/strategy.json': '[2]', 'rules/rulebook.md': 'text' };
  it('changes when any JSON file under rules/ changes, and only then', () => {
    const h = rulesHash(rulesDir(base));
    expect(rulesHash(rulesDir(base))).toBe(h);
    expect(rulesHash(rulesDir({ ...base, 'rules/cards/strategy.json': '[3]' }))).not.toBe(h);
    expect(rulesHash(rulesDir({ ...base, 'rules/rulebook.md': 'other text' }))).toBe(h);
    expect(rulesHash(rulesDir({ ...base, 'rules/scenarios/new.json': '{}' }))).not.toBe(h);
  });
  it('is read back from the stamp line of a report', () => {
    const hex = 'a'.repeat(64);
    expect(stampIn(`# Report\n- rules data sha256: ${hex}\n`)).toBe(hex);
    expect(stampIn('# Report\n')).toBeUndefined();
  });
});
