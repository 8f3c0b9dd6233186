/**
 * Virtual time. Executions are computed from how much virtual time has passed since they started, so
 * a 30-minute pipeline can finish in half a second of wall time (`timeScale`) or exactly when a test
 * says so (`manual`), and no timers are ever left running.
 */
export class VirtualClock {
  private base: number
  private wallBase: number
  private offset = 0

  constructor(
    private readonly mode: 'wall' | 'manual',
    private readonly timeScale: number,
    start = Date.now()
  ) {
    if (!(timeScale > 0) || !Number.isFinite(timeScale))
      throw new Error(`timeScale must be a positive number, got ${timeScale}`)
    this.base = start
    this.wallBase = Date.now()
  }

  /** Virtual epoch milliseconds. */
  now(): number {
    const elapsed = this.mode === 'wall' ? (Date.now() - this.wallBase) * this.timeScale : 0
    return this.base + elapsed + this.offset
  }

  /** Moves virtual time forward (in either mode); going back would rewrite history, so it is refused. */
  advance(ms: number): void {
    if (!(ms >= 0) || !Number.isFinite(ms))
      throw new Error(`advance takes a non-negative number of milliseconds, got ${ms}`)
    this.offset += ms
  }

  /** Moves virtual time forward to `at` if it is later than now. */
  advanceTo(at: number): void {
    const delta = at - this.now()
    if (delta > 0) this.advance(delta)
  }
}
