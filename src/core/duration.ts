import type { StepState } from './types.js'

/**
 * How long a step ran, in milliseconds, as its run recorded it; undefined when it did not run there
 * (reused from another run), has no start or end, or ends before it starts. The one definition the
 * estimates, the time saved and the step table share.
 */
export function ranMillis(state: StepState | undefined): number | undefined {
  if (!state || state.reusedFrom !== undefined) return undefined
  const { startTime, endTime } = state
  if (startTime === undefined || endTime === undefined || !(endTime >= startTime)) return undefined
  return endTime - startTime
}

/** "40 s", "~25 min", "1 h 5 min", "2 d 3 h": precise enough for a headline, never falsely exact. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '0 s'
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `~${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) {
    const rest = minutes % 60
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
  }
  const days = Math.floor(hours / 24)
  const restHours = hours % 24
  return restHours === 0 ? `${days} d` : `${days} d ${restHours} h`
}

/** An estimate in minutes, in the same units as formatDuration and always marked as approximate. */
export function formatEstimate(minutes: number): string {
  const text = formatDuration(minutes * 60)
  return text.startsWith('~') ? text : `~${text}`
}
