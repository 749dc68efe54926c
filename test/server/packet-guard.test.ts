// The packet guard against any JSON a client can send: it refuses what it must and never throws
// (a throw there is outside socket.io's try/catch and stops the server), and socket.io takes no
// message larger than our packets need. Raw engine.io frames over a WebSocket, as an attacker
// sends them, against a real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import WebSocket from 'ws';
import { MAX_PACKET_BYTES, refusal } from '../../src/server/guarded-transport';
import { jsonLengthWithin } from '../../src/server/json-size';
import { lobby, testServer, type TestServer } from './agents-harness';

/** `[[[…]]]` nested `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const exists = () => true;

describe('refusal', () => {
  it.each([
    ['a non-string action type', ['update', { type: { toString: 1 } }, 0, 'x', '0'], /only moves are accepted, not object/],
    ['an action type with toString and valueOf', ['update', { type: { toString: 1, valueOf: 1 } }, 0, 'x', '0'], /not object/],
    ['an event name that is an object', [{ toString: 1 }, 1], /unknown event object/],
    ['a chat message 400,000 deep', ['chat', 'm', nested(400_000), 'c'], /a chat message has only/],
    ['a chat text 400,000 deep', ['chat', 'm', { id: 'a', sender: '0', payload: nested(400_000) }, 'c'], /too long/],
    ['a move 400,000 deep', ['update', { type: 'MAKE_MOVE', payload: { type: 'begin', args: nested(400_000), playerID: '0' } }, 0, 'm', '0'], /too large/],
    ['a move argument with a toString that is no function', ['update', { type: 'MAKE_MOVE', payload: { type: 'begin', args: [{ toString: 1 }], playerID: '0' } }, 0, 'm', '0'], /arguments are texts/],
    ['a move with fields boardgame.io does not send', ['update', { type: 'MAKE_MOVE', payload: { type: 'begin', args: [], playerID: '0', x: 1 } }, 0, 'm', '0'], /only a type/],
    ['a sync as a seat that is an object', ['sync', 'm', { toString: 1 }, 'c', 2], /no such seat/],
    ['a sync with credentials that are an object', ['sync', 'm', '0', { toString: 1 }, 2], /malformed sync/],
  ])('refuses %s without throwing', (_what, packet, message) => {
    expect(refusal(packet, exists)).toMatch(message);
  });

  it('never throws on any JSON', () => {
    fc.assert(fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.constantFrom('update', 'sync', 'chat', 'other'), (args, event) => {
      expect(() => refusal([event, ...args], exists)).not.toThrow();
    }), { numRuns: 3000 });
  });

  it('refuses a move or a sync to a match that does not exist', () => {
    const begin = { type: 'MAKE_MOVE', payload: { type: 'begin', args: [], playerID: '0', credentials: 'c' } };
    expect(refusal(['update', begin, 0, 'nope', '0'], (id) => id !== 'nope')).toBe('no such match');
    expect(refusal(['sync', 'nope', '0', 'c', 2], (id) => id !== 'nope')).toBe('no such match');
  });

  it("lets boardgame.io's own packets through", () => {
    expect(refusal(['update', { type: 'MAKE_MOVE', payload: { type: 'playCard', args: ['S01'], playerID: '1', credentials: 'c' } }, 3, 'm', '1'], exists)).toBeNull();
    expect(refusal(['sync', 'm', null, null, 2], exists)).toBeNull();
    expect(refusal(['sync', 'm', '2', 'c', 6], exists)).toBeNull();
    expect(refusal(['chat', 'm', { id: 'abcdefg', sender: '0', payload: 'good game' }, 'c'], exists)).toBeNull();
  });
});

describe('jsonLengthWithin', () => {
  it("is JSON.stringify's length, or undefined past the limit", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.nat(400), (value, limit) => {
      const length = JSON.stringify(value).length;
      expect(jsonLengthWithin(value, 1e9)).toBe(length);
      expect(jsonLengthWithin(value, limit)).toBe(length <= limit ? length : undefined);
    }), { numRuns: 3000 });
  });

  it('measures what JSON.stringify cannot (400,000 deep) and takes functions as it does', () => {
    expect(jsonLengthWithin(nested(400_000), 1024)).toBeUndefined();
    expect(jsonLengthWithin(nested(1_000), 1e9)).toBe(2002);
    const withFunctions = { a: () => 1, b: [() => 1, Symbol('s'), undefined], c: 'x' };
    expect(jsonLengthWithin(withFunctions, 1e9)).toBe(JSON.stringify(withFunctions).length);
  });
});

describe('packets over a raw socket', () => {
  let t: TestServer;
  beforeAll(async () => { t = await testServer({ lobbyLimits: null }); });
  afterAll(async () => { await t.stop(); });

  /** A socket.io connection to the game's namespace spoken over a bare WebSocket. */
  function raw(): Promise<{ send: (frame: string) => void; frames: string[]; closed: Promise<void> }> {
    const ws = new WebSocket(`${t.server.url.replace('http', 'ws')}socket.io/?EIO=4&transport=websocket`);
    const frames: string[] = [];
    const closed = new Promise<void>((resolve) => ws.on('close', () => resolve()));
    return new Promise((resolve, reject) => {
      ws.on('error', reject);
      ws.on('message', (data: Buffer) => {
        const text = data.toString();
        frames.push(text);
        if (text === '2') ws.send('3');
        if (text.startsWith('0')) ws.send('40/hub-and-spokes,');
        if (text.startsWith('40/hub-and-spokes,')) resolve({ send: (frame) => ws.send(`42/hub-and-spokes,${frame}`), frames, closed });
      });
    });
  }
  const until = async (test: () => boolean) => {
    for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
  };
  const answers = async () => (await lobby(t.server, '/games/hub-and-spokes')).status;

  it('refuses an action type or an event name that is an object, and the server goes on', async () => {
    const socket = await raw();
    socket.send('["update",{"type":{"toString":1}},0,"x","0"]');
    await until(() => socket.frames.some((f) => f.includes('refused')));
    expect(socket.frames.at(-1)).toContain('only moves are accepted, not object');
    socket.send('[{"toString":1},1]');
    await socket.closed; // socket.io's parser drops the connection over a malformed packet
    expect(await answers()).toBe(200);
  });

  it('takes no message larger than a packet needs: a chat 400,000 deep (800 KB) closes the socket', async () => {
    expect(MAX_PACKET_BYTES).toBeLessThan(16 * 1024);
    const socket = await raw();
    socket.send(`["chat","m",${'['.repeat(400_000)}${']'.repeat(400_000)},"c"]`);
    await socket.closed;
    const small = await raw();
    small.send(`["chat","m",${JSON.stringify({ id: 'a', sender: '0', payload: 'x'.repeat(MAX_PACKET_BYTES) })},"c"]`);
    await small.closed;
    expect(await answers()).toBe(200);
  });
});
