import { crc32 } from 'node:zlib';
import type { SentenceKind } from '../corpus/types.js';
import { type ArticleRecord, sentenceCodes } from './articleRecord.js';

/**
 * A shard file holds many records: strings as one JSON document (V8 parses JSON strings at
 * memory speed), integers as one block of little-endian u32 read in place as typed-array
 * views (no parsing at all). Layout:
 *
 *   "NDS1" | u32 json bytes | u32 int count | u32 crc32 of the rest | json | pad to 4 | u32 ints
 *
 * Keys, words and codes are stored once per shard in dictionaries the records index into.
 */
const MAGIC = 'NDS1';
const HEAD = 16;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const KIND_CHAR: Record<SentenceKind, string> = { body: 'b', heading: 'h', question: 'q', meta: 'm' };
const CHAR_KIND: Record<string, SentenceKind> = { b: 'body', h: 'heading', q: 'question', m: 'meta' };

interface StoredRecord {
  key: string;
  file: string;
  meta: ArticleRecord['meta'];
  text: string[];
  /** Only the clean texts that differ from the verbatim ones: [sentence, clean]. */
  clean: [number, string][];
  kind: string;
  annotation: ArticleRecord['annotation'];
  /** Sentences, key entries and word entries: the lengths of this record's int columns. */
  n: [number, number, number];
}

interface Header {
  dict: string[];
  words: string[];
  codes: string[];
  records: StoredRecord[];
}

/** One dictionary for many records: remaps each record's ids into it. */
function unify(dicts: readonly (readonly string[])[]): { dict: string[]; remaps: Uint32Array[] } {
  const dict: string[] = [];
  const ids = new Map<string, number>();
  const byDict = new Map<readonly string[], Uint32Array>();
  const remaps = dicts.map((d) => {
    const seen = byDict.get(d);
    if (seen) return seen;
    const remap = new Uint32Array(d.length);
    d.forEach((s, i) => {
      let id = ids.get(s);
      if (id === undefined) {
        id = dict.length;
        ids.set(s, id);
        dict.push(s);
      }
      remap[i] = id;
    });
    byDict.set(d, remap);
    return remap;
  });
  return { dict, remaps };
}

const mapped = (ids: Uint32Array, remap: Uint32Array | undefined): Uint32Array =>
  ids.map((i) => remap?.[i] ?? 0);

/** Encodes records into one shard file's bytes. */
export function encodeShard(records: readonly ArticleRecord[]): Buffer {
  const keys = unify(records.map((r) => r.terms.dict));
  const words = unify(records.map((r) => r.words.words));
  const codes = unify(records.map((r) => r.words.codes));
  const columns: Uint32Array[] = [];
  const stored = records.map((r, i): StoredRecord => {
    const { terms: t, words: w } = r;
    columns.push(r.paragraph, t.length, mapped(t.key, keys.remaps[i]), t.sentence, t.tf);
    columns.push(mapped(w.word, words.remaps[i]), mapped(w.code, codes.remaps[i]), w.count);
    return {
      key: r.key,
      file: r.file,
      meta: r.meta,
      text: [...r.text],
      clean: r.clean.flatMap((c, k): [number, string][] => (c === r.text[k] ? [] : [[k, c]])),
      kind: r.kind.map((k) => KIND_CHAR[k]).join(''),
      annotation: r.annotation,
      n: [r.text.length, t.key.length, w.word.length],
    };
  });
  const header: Header = { dict: keys.dict, words: words.dict, codes: codes.dict, records: stored };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const intStart = HEAD + Math.ceil(json.length / 4) * 4;
  const intCount = columns.reduce((n, c) => n + c.length, 0);
  const out = Buffer.alloc(intStart + intCount * 4);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  out.writeUInt32LE(intCount, 8);
  json.copy(out, HEAD);
  let at = intStart;
  for (const col of columns) {
    if (LITTLE_ENDIAN && (out.byteOffset + at) % 4 === 0)
      new Uint32Array(out.buffer, out.byteOffset + at, col.length).set(col);
    else for (let k = 0; k < col.length; k++) out.writeUInt32LE(col[k] as number, at + k * 4);
    at += col.length * 4;
  }
  out.writeUInt32LE(crc32(out.subarray(HEAD)), 12);
  return out;
}

/** The int block as u32 values: a view when aligned on a little-endian machine, else a copy. */
function intsOf(buf: Buffer, start: number, count: number): Uint32Array {
  const offset = buf.byteOffset + start;
  if (offset % 4 === 0 && LITTLE_ENDIAN) return new Uint32Array(buf.buffer, offset, count);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = buf.readUInt32LE(start + i * 4);
  return out;
}

/** Decodes a shard file; throws on any sign of damage (wrong magic, length or checksum, bad shape). */
export function decodeShard(buf: Buffer): ArticleRecord[] {
  if (buf.length < HEAD || buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a record shard');
  const jsonBytes = buf.readUInt32LE(4);
  const intCount = buf.readUInt32LE(8);
  const intStart = HEAD + Math.ceil(jsonBytes / 4) * 4;
  if (buf.length !== intStart + intCount * 4) throw new Error('truncated shard');
  if (crc32(buf.subarray(HEAD)) !== buf.readUInt32LE(12)) throw new Error('shard checksum mismatch');
  const header = JSON.parse(buf.toString('utf8', HEAD, HEAD + jsonBytes)) as Header;
  const ints = intsOf(buf, intStart, intCount);
  let at = 0;
  const take = (n: number): Uint32Array => {
    if (at + n > ints.length) throw new Error('shard columns overrun');
    const col = ints.subarray(at, at + n);
    at += n;
    return col;
  };
  const records = header.records.map((s): ArticleRecord => {
    const [sentences, terms, words] = s.n;
    const clean = [...s.text];
    for (const [k, c] of s.clean) clean[k] = c;
    const kind = [...s.kind].map((c) => CHAR_KIND[c] ?? 'body');
    if (
      kind.length !== sentences ||
      s.text.length !== sentences ||
      sentenceCodes(s.annotation).length !== sentences
    )
      throw new Error('shard record shape');
    return {
      key: s.key,
      file: s.file,
      meta: s.meta,
      text: s.text,
      clean,
      kind,
      paragraph: take(sentences),
      annotation: s.annotation,
      terms: {
        length: take(sentences),
        dict: header.dict,
        key: take(terms),
        sentence: take(terms),
        tf: take(terms),
      },
      words: {
        words: header.words,
        codes: header.codes,
        word: take(words),
        code: take(words),
        count: take(words),
      },
    };
  });
  if (at !== ints.length) throw new Error('shard columns underrun');
  return records;
}
