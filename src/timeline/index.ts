import type { Corpus } from '../corpus/types.js';
import type { TimelineEntry, TimelineOptions } from './types.js';

// Placeholder until the timeline issue lands: an empty recap, never invented dates.
export function buildTimeline(_corpus: Corpus): TimelineEntry[] {
  return [];
}

export function filterTimeline(entries: TimelineEntry[], _opts: TimelineOptions = {}): TimelineEntry[] {
  return entries;
}
