// A bot's decision, off the server's event loop: a `hard` bot may search for a second, and
// the sockets of every other match must not wait for it.
import { parentPort } from 'node:worker_threads';
import { BOTS } from '../../bots';
import { SeededRng } from '../../game';
import type { DecisionRequest, DecisionReply } from './decision-pool';

parentPort?.on('message', (request: DecisionRequest) => {
  let reply: DecisionReply;
  try {
    const bot = BOTS[request.level] ?? BOTS.greedy;
    if (!bot) throw new Error('no bot');
    reply = { id: request.id, action: bot.choose(request.view, request.seat, request.legal, new SeededRng(request.seed)) };
  } catch (e) {
    reply = { id: request.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(reply);
});
