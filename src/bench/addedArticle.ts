import { link, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** An article the corpus does not have yet, and a question only it answers. */
export interface AddedArticle {
  file: string;
  id: string;
  text: string;
  question: string;
  /** A word the right answer contains. */
  answer: string;
}

const PEOPLE = [
  'Ilse Brandt',
  'Tomas Quillfeather',
  'Oona Marrowby',
  'Piet Vandersloot',
  'Anouk Fairweather',
  'Rasmus Ollerenshaw',
];
const THINGS = [
  'tidewater museum',
  'glass observatory',
  'river velodrome',
  'salt exchange',
  'copper library',
  'lantern bridge',
];

/** The k-th added article: the same for every run, distinct from every other k and from the corpus. */
export function addedArticle(k: number): AddedArticle {
  const person = PEOPLE[k % PEOPLE.length] as string;
  const thing = `${THINGS[k % THINGS.length]} ${k + 1}`;
  const id = `zz-added-${k}`;
  return {
    file: `${id}.txt`,
    id,
    text: `A ${thing} opens\n\nMayor ${person} inaugurated the ${thing} on Friday, officials said.\n\nThe ${thing} cost 40 million dollars.\n`,
    question: `Who inaugurated the ${thing}?`,
    answer: person.split(' ')[1] as string,
  };
}

/** A folder of hard links to every file of `from`: a corpus the bench may add to without touching the original. */
export async function linkedCopy(from: string, to: string): Promise<string> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from))
    if (!name.startsWith('.')) await link(join(from, name), join(to, name));
  return to;
}
