// A bot's decision, off the server's event loop: a `hard` bot may search for a second, and
// the sockets of every other match must not wait for it. A bot that fails is replaced by the
// greedy one for that decision, so a bug in a bot does not stop a match; the failure is reported.
// Each match has its own bot (see MatchBots): a plan made in one match is never followed in
// another; `{ forget: matchID }` drops a match's bots when it ends.
import { parentPort } from 'node:worker_threads';
import { greedyBot } from '../../bots';
import { SeededRng } from '../../game';
import type { DecisionRequest, DecisionReply, WorkerMessage } from './decision-pool';
import { MatchBots } from './match-bots';

const bots = new MatchBots();

function decide(request: DecisionRequest): DecisionReply {
  const { id, view, seat, legal, seed } = request;
  const bot = bots.botFor(request.matchID, request.level);
  try {
    const action = bot.choose(view, seat, legal, new SeededRng(seed));
    if (!legal.some((a) => JSON.stringify(a) === JSON.stringify(action))) throw new Error(`it chose an illegal action ${JSON.stringify(action)}`);
    return { id, action };
  } catch (e) {
    const failure = `the ${bot.name} bot failed (${(e as Error).message}); the greedy bot chose instead`;
    try {
      return { id, action: greedyBot.choose(view, seat, legal, new SeededRng(seed)), failure };
    } catch (again) {
      return { id, error: `${failure}, and failed too: ${(again as Error).stack ?? String(again)}` };
    }
  }
}

parentPort?.on('message', (message: WorkerMessage) => {
  if ('forget' in message) bots.forget(message.forget);
  else parentPort?.postMessage(decide(message));
});
