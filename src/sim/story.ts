// Tells a finished game as text from its structured log: what `npm start` prints for now.
import { RULES, fullLog, type GState, type LogEntry } from '../game';

const name = (id: string | undefined): string => {
  if (!id) return '';
  const card = RULES.strategy[id] ?? RULES.national[id] ?? RULES.politics[id] ?? RULES.regional[id] ?? RULES.alliances[id] ?? RULES.agendas[id];
  return card ? `${card.name} (${id})` : RULES.actors[id]?.name ?? RULES.theatres[id]?.name ?? id;
};

export function describe(e: LogEntry): string | null {
  switch (e.type) {
    case 'begin': return `The game begins: scenario ${e.scenario}.`;
    case 'round': return `\n== Round ${e.round}: ${e.date} ==`;
    case 'headline': return `Headline from Washington (${e.deck} deck): ${name(e.card)}.`;
    case 'regional': return `Regional event: ${name(e.card)}.`;
    case 'ukraineSignal': return 'The Ukraine signal raises tension in the Taiwan Strait.';
    case 'play': return `${name(e.actor)} plays ${name(e.card)} ${e.mode === 'ops' ? `for operations: ${e.op}${e.target ? ` → ${name(e.target)}` : ''}` : e.mode === 'national' ? 'as a national card' : 'for its event'}${e.mode !== 'ops' && e.target ? ` on ${name(e.target)}` : ''}.`;
    case 'pass': return `${name(e.actor)} has no card to play and passes.`;
    case 'opponentEvent': return `  …and its ${e.side === 'china' ? 'Chinese' : 'network'} event fires too.`;
    case 'effect': return null;
    case 'proposal': return `${name(e.proposer)} proposes ${name(e.alliance)} (sweetener: ${e.sweetener}).`;
    case 'answer': return `  ${name(e.actor)} ${e.accept ? 'accepts' : 'refuses'} (${e.reason}).`;
    case 'allianceResult': return `  ${name(e.alliance)} ${e.accepted ? `rises to level ${e.level}` : 'is not upgraded'}.`;
    case 'crisis': return `CRISIS in ${name(e.theatre)}: pressure ${e.pressure} against deterrence ${e.deterrence}.`;
    case 'crisisResult': return `  Commitments ${Object.entries(e.commits).map(([a, n]) => `${a} ${n}`).join(', ')}; network ${e.network} (die ${e.networkRoll}) vs China ${e.china} (die ${e.chinaRoll}): ${e.winner === 'network' ? 'the network holds' : 'China prevails'}.`;
    case 'treatyCall': return `  ${name(e.actor)} ${e.answered ? 'answers' : 'does not answer'} its treaty call.`;
    case 'budget': return e.choice === 'hold' ? null : `${name(e.actor)} home front: ${e.choice}.`;
    case 'government': return `${name(e.actor)}: a new government ${e.aligned ? 'rejoins' : 'turns away from'} the network.`;
    case 'election': return `US ELECTION: ${e.winner === 'americaFirst' ? 'America First wins' : 'continuity wins'} (track ${e.track}${e.fixed ? ', fixed by the scenario' : ''}).`;
    case 'score': return `Scoring: regional order ${e.delta >= 0 ? '+' : ''}${e.delta} → ${e.order}.`;
    case 'hand': return null;
    case 'agendaDealt': return null;
    case 'end': return `\nGAME OVER: ${e.result.side === 'network' ? 'the network' : 'China'} wins (${e.result.reason}). Ranking: ${e.result.ranking.join(', ')}${e.result.accommodated.length ? `; accommodated: ${e.result.accommodated.join(', ')}` : ''}.`;
  }
}

export function tellStory(G: GState): string {
  return fullLog(G).map(describe).filter((l): l is string => l !== null).join('\n');
}
