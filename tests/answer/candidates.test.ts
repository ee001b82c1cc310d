import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../src/search/store.js';
import { ask, openArticles, textOf } from './support.js';

let index: SentenceIndex;
beforeAll(async () => {
  index = await openArticles({
    chair: {
      title: 'Defence chiefs meet',
      paragraphs: [
        'The meeting was chaired by Italian Admiral Giuseppe Cavo Dragone, officials said on Monday.',
      ],
    },
    rating: {
      title: 'Rating cut',
      paragraphs: [
        "Standard & Poor's took away the country's top credit rating on Monday, a day after Cameron's resignation.",
        'The crew stayed on the surface for 21 and a half hours before the ascent.',
        'Organisers had counted on $820 million in ticket sales.',
      ],
    },
  });
});

const spans = (): string[] => ask(index, 'Who chaired the meeting?').pool.candidates.map(textOf);

describe('candidate spans', () => {
  it('GIVEN a name after a title and a nationality THEN the name alone is a candidate, with or without them', () => {
    expect(spans()).toContain('Giuseppe Cavo Dragone');
    expect(spans()).toContain('Italian Admiral Giuseppe Cavo Dragone');
  });

  it('GIVEN a run of name words THEN no candidate starts or ends inside it', () => {
    expect(spans()).not.toContain('Cavo Dragone');
    expect(spans()).not.toContain('Giuseppe Cavo');
    expect(spans().filter((s) => /(Giuseppe|Cavo)$/.test(s) || /^(Cavo|Dragone)\b/.test(s))).toEqual([]);
  });
});

describe('candidate text', () => {
  const texts = (q: string): string[] => ask(index, q).pool.candidates.map(textOf);

  it("GIVEN a name that ends in 's before a verb THEN the candidate keeps it", () => {
    expect(texts('Which agency took away the rating?')).toContain("Standard & Poor's");
  });

  it("GIVEN a possessor before a noun THEN the candidate drops the 's", () => {
    const t = texts('Whose resignation came a day before?');
    expect(t).toContain('Cameron');
    expect(t).not.toContain("Cameron's");
  });

  it('GIVEN an amount after a currency sign THEN the candidate keeps the sign', () => {
    const t = texts('How much had organisers counted on in ticket sales?');
    expect(t).toContain('$820 million');
    expect(t).not.toContain('820 million');
  });

  it('GIVEN "21 and a half hours" THEN no candidate starts or ends on the conjunction', () => {
    const t = texts('How long did the crew stay on the surface?');
    expect(t).toContain('21 and a half hours');
    expect(t.filter((x) => /(^|\s)and$|^and\s/.test(x))).toEqual([]);
  });
});
