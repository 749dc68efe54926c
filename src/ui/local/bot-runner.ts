// Asks the bots, in a Web Worker when the browser has one (a hard bot searches for most of a
// second), else on this thread (Node tests). One worker per local game; answers come back in order.
import type { Action } from '../../game';
import { answerBot, type BotQuestion } from './bot-protocol';

export interface BotRunner {
  choose(question: BotQuestion): Promise<Action>;
  dispose(): void;
}

const inline: BotRunner = {
  choose: (q) => Promise.resolve().then(() => answerBot(q)),
  dispose: () => {},
};

function inWorker(): BotRunner {
  const worker = new Worker(new URL('./bot-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (a: Action) => void; reject: (e: Error) => void }>();
  let next = 0;
  const failAll = (message: string) => {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
  };
  worker.onmessage = (e: MessageEvent<{ id: number; action?: Action; error?: string }>) => {
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    if (e.data.action) w.resolve(e.data.action);
    else w.reject(new Error(e.data.error ?? 'the bot gave no answer'));
  };
  worker.onerror = (e) => failAll(`the bots' worker failed: ${e.message}`);
  return {
    choose: (question) => new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, question });
    }),
    dispose: () => {
      failAll('the game was closed');
      worker.terminate();
    },
  };
}

export function createBotRunner(): BotRunner {
  if (typeof Worker === 'undefined') return inline;
  try {
    return inWorker();
  } catch {
    return inline; // a browser that refuses module workers: think on the page's thread
  }
}
