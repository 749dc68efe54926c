// The Lobby API of our server (boardgame.io's routes plus the log pages), for the browser. Every
// failure becomes a LobbyError whose message can be shown as it is: the server's own words when
// it gave any, else a plain sentence about what went wrong.
import type { LogEntry } from '../../game';
import type { BotLevel } from './match-setup';

export const GAME_NAME = 'hub-and-spokes';

export interface MatchPlayer {
  id: number;
  name?: string;
  data?: { bot?: BotLevel } & Record<string, unknown>;
  isConnected?: boolean;
}

export interface MatchSetupData {
  scenario?: string;
  bots?: Partial<Record<string, BotLevel>>;
  answerSeconds?: number;
}

export interface MatchInfo {
  matchID: string;
  players: MatchPlayer[];
  setupData?: MatchSetupData;
  gameover?: unknown;
  nextMatchID?: string;
  unlisted?: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface CreateRequest {
  numPlayers: number;
  setupData: { scenario: string; bots?: Partial<Record<string, BotLevel>>; answerSeconds?: number };
  unlisted?: boolean;
}

export interface SeatCredentials {
  playerID: string;
  credentials: string;
}

export class LobbyError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'LobbyError';
  }
}

/** Only the seat's id and key: the server refuses any other field. */
const credentialsOf = ({ playerID, credentials }: SeatCredentials): SeatCredentials => ({ playerID, credentials });

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const GENERIC: Record<number, string> = {
  403: 'The server refused: these seat credentials are not valid (the seat may have been left).',
  404: 'No such match on this server.',
  409: 'That seat has just been taken by someone else.',
  429: 'Too many requests: wait a few seconds and try again.',
};

/** "no such match" → "No such match." */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/** The sentence to show for a failed answer: the server's message, else one for its status. */
async function errorOf(res: Response): Promise<LobbyError> {
  let text = '';
  try {
    text = (await res.text()).trim();
  } catch {
    // no body
  }
  let message = text;
  if (text.startsWith('{')) {
    try {
      const body = JSON.parse(text) as { error?: unknown; message?: unknown };
      message = typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : '';
    } catch {
      message = '';
    }
  }
  // boardgame.io answers some errors with only the status's name ("Not Found"): no news.
  if (!message || message === res.statusText || message.length > 300 || /<html/i.test(message)) {
    message = GENERIC[res.status] ?? `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`;
  }
  return new LobbyError(sentence(message), res.status);
}

export class LobbyClient {
  constructor(private readonly fetchFn: Fetch = (input, init) => globalThis.fetch(input, init), private readonly base = '') {}

  listMatches(): Promise<MatchInfo[]> {
    return this.request<{ matches: MatchInfo[] }>('GET', `/games/${GAME_NAME}?isGameover=false`).then((r) => r.matches);
  }

  getMatch(matchID: string): Promise<MatchInfo> {
    return this.request('GET', `/games/${GAME_NAME}/${encodeURIComponent(matchID)}`);
  }

  createMatch(body: CreateRequest): Promise<string> {
    return this.request<{ matchID: string }>('POST', `/games/${GAME_NAME}/create`, body).then((r) => r.matchID);
  }

  async joinMatch(matchID: string, playerID: string, playerName: string): Promise<SeatCredentials> {
    const r = await this.request<{ playerID: string; playerCredentials: string }>('POST', `/games/${GAME_NAME}/${encodeURIComponent(matchID)}/join`, { playerID, playerName });
    return { playerID: r.playerID ?? playerID, credentials: r.playerCredentials };
  }

  async leaveMatch(matchID: string, seat: SeatCredentials): Promise<void> {
    await this.request('POST', `/games/${GAME_NAME}/${encodeURIComponent(matchID)}/leave`, credentialsOf(seat));
  }

  /** The next match after this one (created by the first who asks; the same id for everyone). */
  playAgain(matchID: string, seat: SeatCredentials): Promise<string> {
    return this.request<{ nextMatchID: string }>('POST', `/games/${GAME_NAME}/${encodeURIComponent(matchID)}/playAgain`, credentialsOf(seat)).then((r) => r.nextMatchID);
  }

  /** One earlier round's log, as the seat (or, without a seat, a spectator) may read it. */
  logPage(matchID: string, page: number, seat: SeatCredentials | null): Promise<LogEntry[]> {
    const headers: Record<string, string> = seat ? { 'x-player-id': seat.playerID, 'x-credentials': seat.credentials } : {};
    return this.request<{ page: number; entries: LogEntry[] }>('GET', `/hub/matches/${encodeURIComponent(matchID)}/log/${page}`, undefined, headers).then((r) => r.entries);
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    let res: Response;
    try {
      res = await this.fetchFn(`${this.base}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new LobbyError('The server cannot be reached: check the connection and try again.', 0);
    }
    if (!res.ok) throw await errorOf(res);
    const text = await res.text();
    try {
      return (text ? JSON.parse(text) : {}) as T;
    } catch {
      throw new LobbyError('The server sent an answer that is not JSON.', res.status);
    }
  }
}
