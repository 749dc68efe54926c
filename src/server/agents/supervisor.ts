// The server's agents: a bot agent for every bot seat of every match still going, the answer
// time limit for people's seats, and the worker pool they decide in. Agents come back after a
// restart (from the matches in storage) and stop when their match ends or the server stops.
import type { State } from 'boardgame.io';
import type { SqliteStorage } from '../storage/sqlite';
import { botSeats, hasPeople } from '../lobby/bot-seats';
import { DecisionPool } from './decision-pool';
import { BotAgent } from './bot-agent';
import { AnswerTimeouts, type Notify } from './answer-timeouts';

export interface AgentSettings {
  gameName: string;
  /** least time between a state and a bot's move */
  paceMs: number;
  /** worker threads for bots' decisions */
  workers: number;
  /** the matches this process plays (default all; see cluster/placement.ts) */
  owns?: (matchID: string) => boolean;
  report: (message: string) => void;
}

export class AgentSupervisor {
  private server = '';
  private notify: Notify | undefined;
  private readonly agents = new Map<string, BotAgent[]>();
  private readonly pool: DecisionPool;
  private readonly timeouts: AnswerTimeouts;

  constructor(private readonly storage: SqliteStorage, private readonly settings: AgentSettings) {
    this.pool = new DecisionPool(settings.workers, settings.report);
    this.timeouts = new AnswerTimeouts({ server: () => this.server, notify: (matchID, notice) => this.notify?.(matchID, notice), storage, pool: this.pool, report: settings.report });
  }

  /** The storage to give boardgame.io's master: the same, but every saved state is seen here. */
  watched(): SqliteStorage {
    const setState: SqliteStorage['setState'] = (matchID, state, deltalog) => {
      this.storage.setState(matchID, state, deltalog);
      this.saved(matchID, state);
    };
    return new Proxy(this.storage, { get: (target, prop, receiver) => (prop === 'setState' ? setState : Reflect.get(target, prop, receiver)) });
  }

  /** Once the server listens at `server`: agents for every match still going; `notify` says
   *  something in a match's chat as the server. */
  start(server: string, notify: Notify): void {
    this.server = server;
    this.notify = notify;
    for (const matchID of this.storage.listMatches({ gameName: this.settings.gameName, where: { isGameover: false } })) {
      if (this.settings.owns && !this.settings.owns(matchID)) continue;
      const { state } = this.storage.fetch(matchID, { state: true });
      if (!state || state.ctx.gameover !== undefined) continue;
      this.matchCreated(matchID);
      this.timeouts.observe(matchID, state);
    }
  }

  /** A match made, or a person seated in it: its bot agents start once a person holds a seat
   *  (a match nobody has joined runs no agents: it costs no sockets, and nobody waits on it). */
  matchCreated(matchID: string): void {
    if (!this.server || this.agents.has(matchID)) return;
    const { metadata } = this.storage.fetch(matchID, { metadata: true });
    if (!metadata || !hasPeople(metadata)) return;
    const agents: BotAgent[] = [];
    for (const [playerID, level] of botSeats(metadata)) {
      const credentials = metadata.players[Number(playerID)]?.credentials;
      if (!credentials) continue;
      agents.push(new BotAgent({
        address: { server: this.server, matchID, playerID, credentials },
        level,
        paceMs: this.settings.paceMs,
        pool: this.pool,
        report: this.settings.report,
      }));
    }
    if (agents.length === 0) return;
    this.agents.set(matchID, agents);
    for (const agent of agents) agent.start();
  }

  stopMatch(matchID: string): void {
    for (const agent of this.agents.get(matchID) ?? []) agent.stop();
    this.agents.delete(matchID);
    this.timeouts.forget(matchID);
    this.pool.forget(matchID);
  }

  /** The bot agents playing a match now (for tests and diagnostics). */
  agentsOf(matchID: string): readonly BotAgent[] {
    return this.agents.get(matchID) ?? [];
  }

  /** When each awaited person's seat began to be awaited for a timed answer (tests, diagnostics). */
  answerClock(matchID: string): ReadonlyMap<string, number> {
    return this.timeouts.clockOf(matchID);
  }

  async stop(): Promise<void> {
    this.timeouts.stop();
    for (const matchID of [...this.agents.keys()]) this.stopMatch(matchID);
    await this.pool.close();
  }

  private saved(matchID: string, state: State): void {
    if (state.ctx.gameover !== undefined) {
      // The agents see the result and stop themselves; forget them after that update is out.
      setTimeout(() => this.stopMatch(matchID), 0);
      return;
    }
    this.timeouts.observe(matchID, state);
  }
}
