import type { Citation } from '../answer/types.js';

/** One dated event of the recap. */
export interface TimelineEntry {
  /** At its true precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The clause around the date, at most about 200 characters. */
  text: string;
  citations: Citation[];
}

export interface TimelineOptions {
  /** Keep entries about these words. */
  topic?: string;
  /** Inclusive bounds, compared at the precision of each entry (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  to?: string;
}
