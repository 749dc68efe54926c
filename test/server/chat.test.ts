// Chat over real sockets: a seat sends a short text in the shape boardgame.io's client sends
// ({ id, sender, payload }), a few a second; nothing else reaches the match, so no seat can
// send what looks like the server's own notice (sender 'server', see agents-timeout.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { CHAT_BURST, SERVER_SENDER } from '../../src/server/guarded-transport';
import { lobby, testServer, until, type TestServer } from './agents-harness';

const G = '/games/hub-and-spokes';
let t: TestServer;
let matchID = '';
const creds: string[] = [];
beforeAll(async () => {
  t = await testServer({ lobbyLimits: null });
  matchID = (await lobby(t.server, `${G}/create`, { numPlayers: 2 })).json.matchID as string;
  for (const p of ['0', '1']) creds.push((await lobby(t.server, `${G}/${matchID}/join`, { playerID: p, playerName: `P${p}` })).json.playerCredentials as string);
});
afterAll(async () => { await t.stop(); });

/** A seat's socket, synced, with the chat messages and refusals it receives. */
async function seat(playerID: string): Promise<{ socket: Socket; heard: unknown[]; refused: string[] }> {
  const socket = io(`${t.server.url.replace(/\/$/, '')}/hub-and-spokes`, { transports: ['websocket'], reconnection: false });
  const heard: unknown[] = [];
  const refused: string[] = [];
  socket.on('chat', (_id: string, message: unknown) => heard.push(message));
  socket.on('refused', (why: string, what: string) => refused.push(what === 'chat' ? why : `${why} (refused as ${what})`));
  await new Promise<void>((resolve) => {
    socket.once('sync', () => resolve());
    socket.emit('sync', matchID, playerID, creds[Number(playerID)], 2);
  });
  return { socket, heard, refused };
}
const say = (s: Socket, message: unknown, credentials = creds[0]) => s.emit('chat', matchID, message, credentials);

describe('chat', () => {
  it("takes only a seat's text in boardgame.io's shape", async () => {
    const [us, china] = [await seat('0'), await seat('1')];
    const notice = { text: 'United States did not answer within 10 s: the server answered for it.', timeout: true, seat: 'US' };
    say(us.socket, { id: 'a', sender: '0', payload: notice });
    say(us.socket, { id: 'b', sender: '0', payload: 'hello', timeout: true, seat: 'US' });
    say(us.socket, { id: 'c', sender: SERVER_SENDER, payload: notice.text });
    // another seat's name is refused by its credentials
    say(us.socket, { id: 'd', sender: '1', payload: 'I give up' });
    say(us.socket, { id: 'e', sender: '0', payload: 'good game' });
    await until(() => china.heard.length > 0 && us.refused.length >= 3, 2000, 'the chat did not arrive');
    await new Promise((r) => setTimeout(r, 200));
    expect(china.heard).toEqual([{ id: 'e', sender: '0', payload: 'good game' }]);
    expect(us.refused).toEqual(['a chat message is a text', 'a chat message has only an id, a sender and a text', 'a chat message comes from a seat']);
    us.socket.close();
    china.socket.close();
  });

  it('takes a burst of messages from a socket, then about one a second', async () => {
    const [us, china] = [await seat('0'), await seat('1')];
    for (let i = 0; i < 20; i++) say(us.socket, { id: `m${i}`, sender: '0', payload: `spam ${i}` });
    await until(() => us.refused.length + china.heard.length >= 20, 2000, 'the flood was not answered');
    expect(china.heard).toHaveLength(CHAT_BURST);
    expect(us.refused[0]).toMatch(/too many chat messages/);
    await new Promise((r) => setTimeout(r, 1100));
    say(us.socket, { id: 'later', sender: '0', payload: 'sorry' });
    await until(() => china.heard.length > CHAT_BURST, 2000, 'the next message was refused');
    us.socket.close();
    china.socket.close();
  });
});
