// docs/balance.md is measured on one version of the rules data: when the data changes, the
// report must be generated again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesHash, stampIn } from '../../src/sim/rules-hash';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the balance report', () => {
  it('is stamped with the hash of the rules data it was measured on (if not: run npm run balance)', () => {
    const report = readFileSync(`${ROOT}docs/balance.md`, 'utf8');
    const stamp = stampIn(report);
    expect(stamp, 'docs/balance.md has no rules data stamp: run npm run balance').toBeDefined();
    expect(stamp, 'the rules data changed since docs/balance.md was generated: run npm run balance').toBe(rulesHash(ROOT));
  });
});
