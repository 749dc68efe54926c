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

/** Runs `fn` when the page is first idle (at the latest after 2 s); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 200);
  return () => clearTimeout(timer);
}

/** The worker starts when the page is first idle (after the table's first frames) or when a bot is
 *  first asked, whichever comes first: started with the game, its start took ~20 ms of the page's
 *  thread and a core for its code and rules while the table and the map were being drawn. */
function inWorker(): BotRunner {
  let worker: Worker | null = null;
  let refused = false;
  const waiting = new Map<number, { resolve: (a: Action) => void; reject: (e: Error) => void }>();
  let next = 0;
  const failAll = (message: string) => {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
  };
  const start = (): Worker | null => {
    if (worker || refused) return worker;
    try {
      worker = new Worker(new URL('./bot-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      refused = true; // a browser that refuses module workers: think on the page's thread
      return null;
    }
    worker.onmessage = (e: MessageEvent<{ id: number; action?: Action; error?: string }>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.action) w.resolve(e.data.action);
      else w.reject(new Error(e.data.error ?? 'the bot gave no answer'));
    };
    worker.onerror = (e) => failAll(`the bots' worker failed: ${e.message}`);
    return worker;
  };
  const cancelStart = whenIdle(() => start());
  return {
    choose: (question) => {
      const w = start();
      if (!w) return inline.choose(question);
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        w.postMessage({ id, question });
      });
    },
    dispose: () => {
      cancelStart();
      failAll('the game was closed');
      worker?.terminate();
    },
  };
}

export function createBotRunner(): BotRunner {
  return typeof Worker === 'undefined' ? inline : inWorker();
}
