import type { Answer } from '../answer/types.js';
import type { Engine } from '../engine.js';
import type { Logger } from '../log.js';
import type { TimelineOptions } from '../timeline/types.js';
import type { Cooldown } from './cooldown.js';
import type { Memo } from './memo.js';

/** What every command handler gets besides its interaction: shared, long-lived state. */
export interface BotContext {
  engine: Engine;
  log: Logger;
  cooldown: Cooldown;
  /** Recent answers by the id of the interaction that asked, for the Sources/feedback buttons. */
  answers: Memo<Answer>;
  /** Recent /timeline filters by interaction id, for the paging buttons. */
  timelines: Memo<TimelineOptions>;
  feedbackFile: string;
  /** Work still running after this long is deferred, so Discord's 3 s window is never missed. */
  deferAfterMs: number;
}
