import { stem } from './lemma.js';

/**
 * Words news copy uses for the same relation. General English only: nothing here names an
 * event or article. Each group expands a question term to the others at a lower weight.
 */
const GROUPS = [
  'chair lead head run direct helm host moderate',
  'meet meeting talk talks summit encounter convene gathering session conference hold',
  'hold host stage organise organize',
  'found establish create form set up launch start',
  'win victory triumph beat defeat prevail',
  'injure injury wound hurt injured wounded casualty',
  'kill killed death dead die fatality',
  'attack strike assault raid bombardment shelling',
  'say state tell announce declare remark comment note read reveal',

  'warn warning caution alert',
  'write post tweet publish message',
  'represent delegate envoy representation attend participate participation join',
  'country nation state',
  'city town capital',
  'agree agreement deal accord pact treaty',
  'commit commitment pledge promise vow guarantee assurance',
  'guarantee assurance safeguard',
  'partnership alliance coalition pact',
  'rule reject refuse dismiss exclude oppose',
  'annex seize occupy',
  'invade invasion incursion offensive',
  'support back aid assist help assistance backing',
  'troop soldier force forces military army',
  'complicate complicated complex intricate hinder obstacle hurdle challenge difficulty',
  'cost price expense worth value',
  'leader chief head president commander boss executive',

  'elect vote ballot election',
  'arrest detain custody warrant',
  'sanction penalty tariff',
  'discuss discussion debate negotiate negotiation consider',
  'coordinate coordination organise organize',
  'begin start commence launch open',
  'end finish conclude close halt stop',
  'rescue save free evacuate',
  'block blockage obstruct obstruction stuck jam',
  'ship vessel boat freighter carrier',
  'fire blaze flame burn',
  'launch liftoff blast',
  'land landing touchdown',
  'trap trapped stranded stuck',
  'famous renowned celebrated',
  'big large huge giant massive',
  'damage destroy destruction ruin',
  'build construction construct',
  'plan intend aim propose',
  'investigate investigation probe inquiry',
  'cause reason blame result',
  'location place site venue',
  'independence independent sovereignty',
  'appoint name nominate',
  'resign quit',
  'pay fund finance donate donation',
  'free refloat dislodge release liberate',
  'name call dub',
  'find discover reveal detect',
  'stay remain spend linger',
  'carry transport ferry convey',
  'watch view see witness follow',
  'gather assemble crowd flock throng congregate',
  'depart leave exit',
  'ride trip journey',
  'hail praise laud commend',

  'company firm operator business',
  'newspaper paper daily outlet',
  'job role position post title',
  'hail praise welcome celebrate',
  'bound head destined',
  'fly flight',
  'die death',
  'collapse fall cave',
  'outside beyond non',
];

const EXPANSIONS = new Map<string, Set<string>>();
for (const group of GROUPS) {
  const stems = group.split(' ').map(stem);
  for (const s of stems) {
    const set = EXPANSIONS.get(s) ?? new Set<string>();
    for (const o of stems) if (o !== s) set.add(o);
    EXPANSIONS.set(s, set);
  }
}

/** Stems that may stand for `s` in the coverage (not including `s` itself). */
export const synonymsOf = (s: string): ReadonlySet<string> => EXPANSIONS.get(s) ?? new Set();
