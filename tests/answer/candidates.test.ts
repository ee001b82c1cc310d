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
