/**
 * Per-user, per-command cooldown: a flood from one user gets "try again in N s" instead of
 * work. Each user's clock is separate, so a busy channel never slows anyone else down.
 */
export class Cooldown {
  readonly #until = new Map<string, number>();
  constructor(
    readonly seconds: number,
    readonly now: () => number = Date.now,
  ) {}

  /** 0 when the user may go ahead (and starts their cooldown), else whole seconds left. */
  take(userId: string, command: string): number {
    if (this.seconds <= 0) return 0;
    const key = `${userId}:${command}`;
    const t = this.now();
    const until = this.#until.get(key) ?? 0;
    if (until > t) return Math.ceil((until - t) / 1000);
    this.#until.set(key, t + this.seconds * 1000);
    if (this.#until.size > 10_000) this.#sweep(t);
    return 0;
  }

  /** Forgets expired entries so a long-running bot's map does not grow forever. */
  #sweep(t: number): void {
    for (const [k, until] of this.#until) if (until <= t) this.#until.delete(k);
  }
}
