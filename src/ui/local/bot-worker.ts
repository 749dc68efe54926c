// The bots think here, off the page's thread: a hard bot searches for most of a second, and the
// table must stay responsive meanwhile.
import { answerBot, type BotQuestion } from './bot-protocol';

self.onmessage = (e: MessageEvent<{ id: number; question: BotQuestion }>) => {
  const { id, question } = e.data;
  try {
    self.postMessage({ id, action: answerBot(question) });
  } catch (err) {
    self.postMessage({ id, error: String((err as Error)?.message ?? err) });
  }
};
