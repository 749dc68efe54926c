// Rules files are validated on load: a wrong file is refused with a message naming the file,
// the entry and the field — never a crash or a half-loaded game.
import { describe, expect, it } from 'vitest';
import { RULE_SOURCES, validateRules } from '../../src/game';
import { clone } from '../helpers/builders';

type Entry = Record<string, unknown>;
function broken(file: string, mutate: (entries: Entry[]) => void): Record<string, unknown> {
  const files = clone(RULE_SOURCES);
  mutate(files[file] as Entry[]);
  return files;
}
function problems(files: Record<string, unknown>): string[] {
  const r = validateRules(files);
  if (r.ok) throw new Error('the broken files were accepted');
  return r.problems;
}
const entry = (entries: Entry[], id: string): Entry => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};

describe('rules files', () => {
  it('the shipped files load', () => {
    const r = validateRules(RULE_SOURCES);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('a wrong type names file, entry and field', () => {
    const p = problems(broken('rules/cards/strategy.json', (e) => { entry(e, 'S01').ops = 'three'; }));
    expect(p.join('\n')).toMatch(/rules\/cards\/strategy\.json, entry S01, field ops: /);
  });

  it('an ops value out of range is refused', () => {
    const p = problems(broken('rules/cards/strategy.json', (e) => { entry(e, 'S02').ops = 9; }));
    expect(p.join('\n')).toMatch(/strategy\.json, entry S02, field ops/);
  });

  it('an unknown effect names the nested field', () => {
    const p = problems(broken('rules/cards/strategy.json', (e) => { entry(e, 'S03').effects = [{ op: 'teleport', by: 1 }]; }));
    expect(p.join('\n')).toMatch(/strategy\.json, entry S03, field effects\.0/);
  });

  it('a missing field is named', () => {
    const p = problems(broken('rules/cards/national.json', (e) => { delete (e[0] as Entry).name; }));
    expect(p.join('\n')).toMatch(/national\.json, entry N-[A-Z0-9-]+, field name/);
  });

  it('an entry without an id is named by its position', () => {
    const p = problems(broken('rules/cards/regional.json', (e) => { delete (e[1] as Entry).id; }));
    expect(p.join('\n')).toMatch(/regional\.json, entry #2, field id/);
  });

  it('an unknown seed-fact id is refused', () => {
    const p = problems(broken('rules/cards/agendas.json', (e) => { (e[0] as Entry).facts = ['F99']; }));
    expect(p.join('\n')).toMatch(/agendas\.json, entry G-[A-Z0-9-]+, field facts\.0: a seed-fact id/);
  });

  it('an unexpected extra field is refused (typos do not pass silently)', () => {
    const p = problems(broken('rules/cards/strategy.json', (e) => { entry(e, 'S04').opps = 2; }));
    expect(p.join('\n')).toMatch(/strategy\.json, entry S04/);
  });

  it('a duplicate id across files is refused', () => {
    const p = problems(broken('rules/cards/regional.json', (e) => { (e[0] as Entry).id = 'S01'; }));
    expect(p.join('\n')).toMatch(/regional\.json, entry S01: the id is already used in rules\/cards\/strategy\.json/);
  });

  it('a reference to an unknown alliance is refused', () => {
    const p = problems(broken('rules/cards/strategy.json', (e) => { entry(e, 'S05').effects = [{ op: 'alliance', alliance: 'A-NOPE', by: 1 }]; }));
    expect(p.join('\n')).toMatch(/strategy\.json, entry S05, field effects: unknown alliance A-NOPE/);
  });

  it('only American domestic events may move the election track', () => {
    const p = problems(broken('rules/cards/regional.json', (e) => { (e[0] as Entry).effects = [{ op: 'global', track: 'election', by: 1 }]; }));
    expect(p.join('\n')).toMatch(/regional\.json, entry R-[A-Z0-9-]+, field effects: only American domestic events may move the election track/);
  });

  it("a 'target' effect needs the card to declare a target", () => {
    const p = problems(broken('rules/cards/strategy.json', (e) => {
      const card = entry(e, 'S05');
      delete card.target;
      card.effects = [{ op: 'tension', theatre: 'target', by: 1 }];
    }));
    expect(p.join('\n')).toMatch(/strategy\.json, entry S05, field effects: 'target' theatre but the card has no theatre target/);
  });

  it('a list of theatres to choose from needs the card to have a theatre target, and names theatres', () => {
    const p = problems(broken('rules/cards/national.json', (e) => { entry(e, 'N-CN1').theatres = ['SCS']; }));
    expect(p.join('\n')).toMatch(/national\.json, entry N-CN1, field theatres: only a card with a theatre target names the theatres to choose from/);
    const q = problems(broken('rules/cards/national.json', (e) => { entry(e, 'N-CN2').theatres = ['ATLANTIC']; }));
    expect(q.join('\n')).toMatch(/national\.json.*N-CN2.*theatres/);
  });

  it('a treaty must bind the US and one ally [F17]', () => {
    const p = problems(broken('rules/cards/alliances.json', (e) => { entry(e, 'T-JP').members = ['JP', 'KR']; }));
    expect(p.join('\n')).toMatch(/alliances\.json, entry T-JP, field members: a treaty binds the US and one ally/);
  });

  it('a file that is not a list is refused with its name', () => {
    const files = clone(RULE_SOURCES);
    files['rules/theatres.json'] = { KOR: 1 };
    expect(problems(files).join('\n')).toMatch(/rules\/theatres\.json: /);
  });

  it('a missing file is named', () => {
    const files = clone(RULE_SOURCES);
    delete files['rules/cards/sweeteners.json'];
    expect(problems(files)).toContain('rules/cards/sweeteners.json: the file is missing');
  });

  it('a scenario with a bad field names the scenario file', () => {
    const files = clone(RULE_SOURCES);
    (files['rules/scenarios/spring-2024.json'] as Entry).rounds = 12;
    expect(problems(files).join('\n')).toMatch(/rules\/scenarios\/spring-2024\.json, field rounds/);
  });

  it('a scenario naming an unknown card is refused', () => {
    const files = clone(RULE_SOURCES);
    (files['rules/scenarios/spring-2024.json'] as Entry).strategy = ['S01', 'S999'];
    expect(problems(files).join('\n')).toMatch(/spring-2024\.json, field strategy: unknown strategy card S999/);
  });

  it('reports every problem at once, not only the first', () => {
    const files = broken('rules/cards/strategy.json', (e) => { entry(e, 'S01').ops = 0; entry(e, 'S02').side = 'martian'; });
    const p = problems(files);
    expect(p.some((x) => x.includes('entry S01'))).toBe(true);
    expect(p.some((x) => x.includes('entry S02'))).toBe(true);
  });
});
