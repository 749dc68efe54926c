// What the Lobby accepts. boardgame.io takes any JSON on its lobby routes; here every body is
// checked against a strict schema first, so a bad request gets a 4xx with a clear message and
// nothing unexpected reaches storage or the game's setup.
import { z } from 'zod';
import { RULES } from '../../game';

export const BOT_LEVELS = ['easy', 'normal', 'hard'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

export const MIN_ANSWER_SECONDS = 10;
export const MAX_ANSWER_SECONDS = 600;
export const DEFAULT_ANSWER_SECONDS = 90;

const playerID = z.string().regex(/^[0-5]$/, 'playerID must be one of "0" to "5"');
const credentials = z.string().min(1, 'credentials are required').max(200);

/** Letters, digits, spaces and a little punctuation: no control characters, no markup. */
export const playerName = z
  .string({ error: 'playerName must be a text' })
  .trim()
  .min(1, 'playerName must not be empty')
  .max(24, 'playerName may have at most 24 characters')
  .regex(/^[\p{L}\p{M}\p{N} .,'’\-_()!?&]+$/u, 'playerName may hold letters, digits, spaces and . , \' - _ ( ) ! ? & only');

const setupData = z
  .strictObject({
    // its own scenarios only: `in` finds '__proto__', 'toString' and the rest of Object.prototype too
    scenario: z.string().refine((id) => Object.hasOwn(RULES.scenarios, id), { message: `scenario must be one of ${Object.keys(RULES.scenarios).join(', ')}` }).optional(),
    bots: z.record(playerID, z.enum(BOT_LEVELS, { error: `a bot level is one of ${BOT_LEVELS.join(', ')}` })).optional(),
    answerSeconds: z.number().int().min(MIN_ANSWER_SECONDS).max(MAX_ANSWER_SECONDS).optional(),
  })
  .optional();

export type LobbySetupData = z.infer<typeof setupData>;

/** Bot seats must exist in the match, and one seat at least is left for a person. */
export function botSeatsProblem(numPlayers: number, data: LobbySetupData): string | null {
  const bots = Object.keys(data?.bots ?? {});
  const outside = bots.filter((p) => Number(p) >= numPlayers);
  if (outside.length) return `setupData.bots: player ${outside.join(', ')} is not a seat of a ${numPlayers}-player match`;
  if (bots.length >= numPlayers) return 'setupData.bots: leave at least one seat for a person';
  return null;
}

const numPlayers = z.number({ error: 'numPlayers must be a number from 2 to 6' }).int().min(2).max(6);

export const createBody = z
  .strictObject({ numPlayers, setupData, unlisted: z.boolean().optional() })
  .superRefine((body, ctx) => {
    const problem = botSeatsProblem(body.numPlayers, body.setupData);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const joinBody = z.strictObject({ playerID: playerID.optional(), playerName });
export const leaveBody = z.strictObject({ playerID, credentials });
export const updateBody = z.strictObject({ playerID, credentials, newName: playerName });

export const playAgainBody = z
  .strictObject({ playerID, credentials, numPlayers: numPlayers.optional(), setupData, unlisted: z.boolean().optional() });

/** The first problem of a failed parse, said plainly: `field: message`. */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // a bad key of a record (bots: { x: ... }) says why only in its own issues
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  const path = issue.path.join('.');
  return path ? `${path}: ${message}` : message;
}
