// One seat's connection in the load generator: socket.io's wire protocol spoken over a raw
// WebSocket (ws), so that six thousand of them fit beside the server on two cores. Frames are
// counted as they arrive and parsed only when the seat needs its state (to move, or the
// match's first seat to see whose turn it is): a whole state replaces what came before it, a
// patch is applied to it, as boardgame.io's client does. Like a browser, each socket offers
// per-message deflate; the bytes counted are each frame's bytes on the wire (WebSocket header
// and payload as sent, compressed or not), read from the TCP stream before ws inflates them.
import WebSocket from 'ws';
import { applyPatch, type Operation } from 'rfc6902';
import type { GState } from '../../src/game';

const NSP = '/hub-and-spokes';
const EVENT = `42${NSP},`;

export interface HeldState { G: GState; _stateID: number; ctx: unknown }

export class SeatSocket {
  private ws?: WebSocket;
  private pending: string[] = [];
  private state?: HeldState;
  private answer?: (at: number) => void;
  syncBytes = 0;

  constructor(
    private readonly port: number,
    readonly matchID: string,
    readonly playerID: string,
    readonly credentials: string,
    /** every state update this seat receives (patch or whole state), in bytes */
    private readonly onUpdate: (bytes: number) => void,
  ) {}

  /** Connects and syncs; resolves once the sync has arrived. */
  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${this.port}/socket.io/?EIO=4&transport=websocket&matchID=${encodeURIComponent(this.matchID)}`, { perMessageDeflate: true });
      this.ws = ws;
      const wire = new FrameSizes();
      ws.once('open', () => (ws as unknown as { _socket: NodeJS.EventEmitter })._socket.prependListener('data', (chunk: Buffer) => wire.feed(chunk)));
      const seen: string[] = [];
      const timer = setTimeout(() => reject(new Error(`seat ${this.playerID} of ${this.matchID} did not sync in 30 s (frames received: ${seen.join(' ') || 'none'})`)), 30_000);
      ws.on('error', reject);
      ws.on('message', (raw: Buffer) => {
        const at = performance.now();
        const bytes = wire.next(raw.length);
        const data = raw.toString();
        seen.push(JSON.stringify(data.slice(0, 24)));
        if (data === '2') return ws.send('3');
        if (data.startsWith('0')) return ws.send(`40${NSP},`);
        if (data.startsWith(`40${NSP},`)) return this.emit('sync', this.matchID, this.playerID, this.credentials, 6);
        if (!data.startsWith(EVENT)) return;
        if (data.startsWith(`${EVENT}["sync"`)) {
          this.syncBytes = bytes;
          this.pending = [data];
          clearTimeout(timer);
          resolve();
        } else if (data.startsWith(`${EVENT}["patch"`) || data.startsWith(`${EVENT}["update"`)) {
          this.onUpdate(bytes);
          if (data.startsWith(`${EVENT}["update"`)) this.pending = [];
          this.pending.push(data);
          const answer = this.answer;
          this.answer = undefined;
          answer?.(at);
        }
      });
    });
  }

  /** The state this seat holds, after every frame it has received. */
  held(): HeldState | undefined {
    for (const data of this.pending) {
      const [event, , ...args] = JSON.parse(data.slice(EVENT.length)) as [string, string, ...unknown[]];
      if (event === 'sync') this.state = (args[0] as { state: HeldState }).state;
      else if (event === 'update') this.state = args[0] as HeldState;
      else {
        const [prev, , patch] = args as [number, number, Operation[]];
        if (!this.state || this.state._stateID !== prev) throw new Error(`seat ${this.playerID} got a patch from state ${prev} holding ${this.state?._stateID}`);
        const errors = applyPatch(this.state, patch).filter((e) => e !== null);
        if (errors.length) throw new Error(`a patch did not apply: ${String(errors[0])}`);
      }
    }
    this.pending = [];
    return this.state;
  }

  /** Sends a move; `answered` gets the time the next state update reaches this seat. */
  move(move: string, args: unknown[], stateID: number, answered: (at: number) => void): void {
    this.answer = answered;
    this.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: this.playerID, credentials: this.credentials } }, stateID, this.matchID, this.playerID);
  }

  close(): void {
    this.ws?.close();
  }

  private emit(...args: unknown[]): void {
    this.ws?.send(EVENT + JSON.stringify(args));
  }
}

/** The size on the wire of each data frame (a whole message: the server does not fragment)
 *  that arrives on a WebSocket's TCP stream, in order. Server frames are not masked. */
class FrameSizes {
  private readonly sizes: { wire: number; payload: number; deflated: boolean }[] = [];
  private deflated = false;
  private payload = 0;
  private header: number[] = [];
  private skip = 0;
  private partial = 0;

  feed(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      const h = this.header;
      h.push(chunk[i++] as number);
      if (h.length < 2) continue;
      const len7 = (h[1] as number) & 0x7f;
      const headerLength = 2 + (len7 === 126 ? 2 : len7 === 127 ? 8 : 0) + ((h[1] as number) & 0x80 ? 4 : 0);
      if (h.length < headerLength) continue;
      let length = len7;
      if (len7 === 126) length = ((h[2] as number) << 8) | (h[3] as number);
      else if (len7 === 127) length = Number(Buffer.from(h.slice(2, 10)).readBigUInt64BE());
      const opcode = (h[0] as number) & 0x0f;
      if (opcode < 8) {
        if (opcode !== 0) this.deflated = ((h[0] as number) & 0x40) !== 0;
        this.partial += headerLength + length;
        this.payload += length;
        if ((h[0] as number) & 0x80) {
          this.sizes.push({ wire: this.partial, payload: this.payload, deflated: this.deflated });
          this.partial = 0;
          this.payload = 0;
        }
      }
      this.header = [];
      this.skip = length;
    }
  }

  /** The wire size of the frame that carried a message of `length` bytes; a frame that was
   *  not seen on the stream (it came with the handshake), or a count out of step, throws. */
  next(length: number): number {
    const frame = this.sizes.shift();
    if (!frame) return length;
    if (!frame.deflated && frame.payload !== length) throw new Error(`frame sizes out of step: ${frame.payload} on the wire, ${length} received`);
    return frame.wire;
  }
}
