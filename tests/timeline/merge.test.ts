import { describe, expect, it } from 'vitest';
import { actorOf, sameActor } from '../../src/timeline/actor.js';
import { clauseOf } from '../../src/timeline/clause.js';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEntry } from '../../src/timeline/types.js';
import { corpusOf, loadCorpus, md } from './support.js';

const citing = (entries: TimelineEntry[], words: RegExp) =>
  entries.filter((e) => e.citations.some((c) => words.test(c.sentence)));

describe('merging reports of one date', () => {
  it('GIVEN two articles telling one event in different words THEN one entry cites both', () => {
    const entries = buildTimeline(
      corpusOf({
        'a.md': md(
          'Osprey down',
          '2024-06-11',
          'The module Osprey touched down near the Kepler crater rim on Sunday after a tense descent in which alarms flashed and commander Kowalski steered past boulders.\n\nMission control in Toulouse cheered as telemetry arrived.\n\nThe crew will leave the crater on Thursday.',
        ),
        // Background that reuses the reports' other words, so that they weigh and word overlap alone falls short.
        'c.md': md(
          'Training',
          '2024-05-01',
          'In 2020 alarms flashed as the Osprey module was tested at the Kepler site.\n\nIn 2021 a European commander flew a tense descent over boulders near a crater rim.\n\nIn 2022 astronauts learned to walk on a rough surface like the Moon.\n\nIn 2023 the module was steered by mission control in Toulouse as the first telemetry arrived.',
        ),
        'b.md': md(
          'First steps',
          '2024-06-11',
          'Two astronauts landed on the Moon on Sunday and Kowalski became the first European to walk on its surface.\n\nThe crew will leave the Moon on Thursday.',
        ),
      }),
    );
    const landing = citing(entries, /touched down|landed/);
    expect(landing).toHaveLength(1);
    expect(landing[0]?.date).toBe('2024-06-09');
    expect(landing[0]?.citations.map((c) => c.articleId).sort()).toEqual(['a', 'b']);
  });

  it('GIVEN two different events on one date by different actors THEN two entries', () => {
    const entries = buildTimeline(
      corpusOf({
        'a.md': md(
          'Treaty talks',
          '2024-06-13',
          'Estmark ministers on Wednesday discussed the river treaty and its security guarantees in Geneva.',
        ),
        'b.md': md(
          'Norland',
          '2024-06-13',
          'Norland said on Wednesday it had to be part of any discussion on the river treaty and its security guarantees.',
        ),
      }),
    );
    expect(citing(entries, /Estmark/)).toHaveLength(1);
    expect(citing(entries, /Norland/)).toHaveLength(1);
    expect(citing(entries, /Estmark/)[0]).not.toBe(citing(entries, /Norland/)[0]);
  });
});

describe('actors of event texts', () => {
  it('GIVEN a leading adverbial or a passive THEN the subject is who acted, or none', () => {
    expect(clauseOf('In a brief statement, the Harbor Union ended the strike').subject).toBe(
      'the Harbor Union',
    );
    expect(clauseOf('The ship was freed on Monday').subject).toBe('');
    expect(clauseOf('Crews on Sunday touched down').verb).toBe('touched down');
  });

  it('GIVEN named actors THEN they must match; a bare description matches anyone', () => {
    const nato = actorOf('Nato chiefs discussed the guarantees');
    expect(sameActor(actorOf('Russia said it must take part'), nato)).toBe(false);
    expect(sameActor(actorOf('NATO held a virtual meeting'), nato)).toBe(true);
    expect(
      sameActor(actorOf('Two American astronauts landed'), actorOf('The lander Eagle touched down')),
    ).toBe(true);
  });
});

describe('merging on the stored corpora', () => {
  const timeline = (dir: string) => buildTimeline(loadCorpus(dir));

  it("GIVEN the chiefs' meeting told as 'convened' and 'discussed' THEN one entry, without Russia's statement", async () => {
    const meeting = citing(timeline('corpus'), /video conference/);
    expect(meeting).toHaveLength(1);
    const cited = meeting[0]?.citations.map((c) => c.sentence).join('\n');
    expect(cited).toMatch(/Nato military chiefs on Wednesday discussed/);
    expect(cited).not.toMatch(/Russia said on Wednesday/);
  });

  it("GIVEN 'touched down' and 'landed' on July 20 THEN one Apollo 11 landing entry", async () => {
    const entries = timeline('tests/fixtures/corpora/apollo11');
    expect(citing(entries, /Eagle touched down|landed on the Moon on Sunday/)).toHaveLength(1);
  });
});
