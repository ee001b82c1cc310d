import { words } from 'natural/lib/natural/util/stopwords.js';

/** Words that carry no topic: natural's English list (less digits) plus question and filler words. */
export const STOP_WORDS = new Set([
  ...words.filter((w) => !/^\d$/.test(w)),
  ...'once whose whom either neither yet also just even ever really already s t according per via upon onto within without across among amongst toward towards against along etc may will shall one ones thing things kind sort type'.split(
    ' ',
  ),
]);

/** Verbs too light to name a relation: "What commitment has the UK made" is about the noun. */
export const LIGHT_VERBS = new Set(
  'be have do make take get give go come happen occur say tell let put keep seem use include involve locate situate base call name know see'.split(
    ' ',
  ),
);

/** Nouns so general that matching them is no evidence (people, thing, way). */
export const GENERIC_NOUNS = new Set(
  'person people man woman thing way part time year day lot number amount case fact point group something someone anything name'.split(
    ' ',
  ),
);
