import type { Reason } from './types.js'

const MAX_PATHS = 3

/**
 * One short line a reviewer can check: the CLI, the PR comment and the job summary all say why a step
 * runs in these same words, so a plan reads the same wherever it is shown. Plain text (no markdown):
 * renderers escape it for their medium.
 */
export function describeReason(reason: Reason): string {
  switch (reason.kind) {
    case 'file':
      return (
        (reason.file === reason.glob
          ? `${reason.file} changed`
          : `${reason.file} changed (matches ${reason.glob})`) + sinceText(reason.since)
      )
    case 'all-steps-file':
      return `${reason.file} changed (all-steps glob ${reason.glob})`
    case 'unknown-changes':
      return `changed files unknown (${reason.detail})`
    case 'definition':
      return (
        (reason.paths.length === 0
          ? 'step definition changed'
          : `definition changed at ${listPaths(reason.paths)}`) + sinceText(reason.since)
      )
    case 'new-step':
      return 'new step (not in the reference run)'
    case 'parameter':
      return parameterText(reason) + sinceText(reason.since)
    case 'upstream':
      return `downstream of ${reason.step}, which runs`
    case 'enclosing-condition':
      return `enclosing Condition of ${reason.of}`
    case 'explicit':
      return 'named in the steps input'
    case 'selection-all':
      return 'full run'
    case 'failed-in-reference':
      return reason.status === 'NotRun'
        ? 'did not run in the reference run'
        : `${reason.status} in the reference run`
    case 'coverage':
      return `coverage: ${reason.detail}`
    case 'unrecorded-producer':
      return `its output in the reference comes from ${shortRun(reason.run)}, which has no recorded commit`
    case 'producer-unknown':
      return `the run that produced its output cannot be established (${reason.detail})`
    case 'stale-input':
      return `its output was made from ${reason.step} as in ${shortRun(reason.run)}, which is stale for head`
    case 'mapping':
      return `mapping file changed: ${reason.detail}`
    case 'needed-upstream':
      return `no output in the reference (its Condition took the other branch), and ${reason.of} needs it`
    case 'connects':
      return `common upstream step joining the unconnected parts starting at ${reason.parts.join(', ')} (a selective execution is assumed to need connected steps; unverified)`
  }
}

function listPaths(paths: string[]): string {
  const shown = paths.slice(0, MAX_PATHS).join(', ')
  return paths.length > MAX_PATHS ? `${shown} and ${paths.length - MAX_PATHS} more` : shown
}

function parameterText(reason: Extract<Reason, { kind: 'parameter' }>): string {
  if (reason.from === undefined && reason.to === undefined) return `parameter ${reason.name} changed`
  if (reason.from === undefined) return `parameter ${reason.name} set to ${quote(reason.to)}`
  if (reason.to === undefined) return `parameter ${reason.name} removed (was ${quote(reason.from)})`
  return `parameter ${reason.name} changed from ${quote(reason.from)} to ${quote(reason.to)}`
}

function quote(value: string | undefined): string {
  return JSON.stringify(value ?? '')
}

/** The execution id at the end of an execution ARN (the whole text when it is not one). */
export function shortRun(arn: string): string {
  const m = /\/execution\/([^/]+)$/.exec(arn)
  return m ? m[1]! : arn
}

function sinceText(since: string | undefined): string {
  return since ? ` since ${shortRun(since)}` : ''
}
