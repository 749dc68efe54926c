// boardgame.io's master publishes a move's new state to every socket and only then saves it.
// This in-process pub/sub delivers on a microtask: the master's synchronous save (SQLite
// adapter) runs first, so a state reaches a client only once it is on disk.
import type { GenericPubSub } from 'boardgame.io/dist/types/src/server/transport/pubsub/generic-pub-sub';

export class SaveFirstPubSub<T> implements GenericPubSub<T> {
  private readonly callbacks = new Map<string, ((payload: T) => void)[]>();

  publish(channelId: string, payload: T): void {
    const callbacks = this.callbacks.get(channelId);
    if (!callbacks) return;
    queueMicrotask(() => {
      for (const callback of callbacks) callback(payload);
    });
  }

  subscribe(channelId: string, callback: (payload: T) => void): void {
    const list = this.callbacks.get(channelId) ?? [];
    list.push(callback);
    this.callbacks.set(channelId, list);
  }

  unsubscribeAll(channelId: string): void {
    this.callbacks.delete(channelId);
  }
}
