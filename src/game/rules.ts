// The rule set the game runs on: the JSON files under rules/, validated once at load.
// A wrong file stops the load with a RulesError that names file, entry and field.
import actors from '../../rules/actors.json';
import theatres from '../../rules/theatres.json';
import strategy from '../../rules/cards/strategy.json';
import national from '../../rules/cards/national.json';
import alliances from '../../rules/cards/alliances.json';
import politics from '../../rules/cards/politics.json';
import regional from '../../rules/cards/regional.json';
import agendas from '../../rules/cards/agendas.json';
import sweeteners from '../../rules/cards/sweeteners.json';
import spring2024 from '../../rules/scenarios/spring-2024.json';
import classElection from '../../rules/scenarios/class-election.json';
import { RULE_FILES, RulesError, validateRules, type Rules } from './rules-data';

/** Every rules file by its path, as shipped. */
export const RULE_SOURCES: Record<string, unknown> = {
  [RULE_FILES.actors]: actors,
  [RULE_FILES.theatres]: theatres,
  [RULE_FILES.strategy]: strategy,
  [RULE_FILES.national]: national,
  [RULE_FILES.alliances]: alliances,
  [RULE_FILES.politics]: politics,
  [RULE_FILES.regional]: regional,
  [RULE_FILES.agendas]: agendas,
  [RULE_FILES.sweeteners]: sweeteners,
  'rules/scenarios/spring-2024.json': spring2024,
  'rules/scenarios/class-election.json': classElection,
};

function load(): Rules {
  const result = validateRules(RULE_SOURCES);
  if (!result.ok) throw new RulesError(result.problems);
  return result.rules;
}

export const RULES: Rules = load();
export const DEFAULT_SCENARIO = 'spring-2024';
