/**
 * What the simulated world does when a pipeline runs: how long steps take, which ones fail, what
 * their jobs write (property files, properties) and, where nothing supplies a Condition's operand,
 * which way it goes. Set per pipeline; every execution keeps the copy it started with so that
 * changing the scenario never rewrites a run already under way.
 */
import { isObject } from '../../../src/core/definition.js'
import { suggestion } from './suggest.js'

export interface StepOutputs {
  /** PropertyFileName → the JSON document the step wrote (read by `Std:JsonGet`). */
  propertyFiles?: Record<string, unknown>
  /** Property path → value, e.g. `"ModelArtifacts.S3ModelArtifacts"` or `"OutputParameters['x']"`. */
  properties?: Record<string, unknown>
}

/** A step failure: a reason, or a reason with how many attempts fail (default: every attempt). */
export type StepFailure = string | { reason: string; attempts?: number }

export interface Scenario {
  /** Step → simulated duration in seconds. */
  durations?: Record<string, number>
  failures?: Record<string, StepFailure>
  outputs?: Record<string, StepOutputs>
  /** Step → outcome used when a Condition's operands cannot be evaluated from the data above. */
  conditionOutcomes?: Record<string, boolean>
}

/** Default simulated duration (seconds) per step type. */
const DEFAULT_DURATIONS: Record<string, number> = {
  Processing: 300,
  Training: 900,
  Tuning: 1800,
  Condition: 1,
  Fail: 1,
  Model: 60,
  RegisterModel: 30,
  Transform: 600,
  Lambda: 20
}
const OTHER_DURATION = 120

export function defaultDuration(type: string): number {
  return DEFAULT_DURATIONS[type] ?? OTHER_DURATION
}

/**
 * Checks a scenario sent by a test or over HTTP and returns a private deep copy. With `steps`, every
 * step it names must be one of them, so a typo fails loudly instead of silently doing nothing.
 */
export function normalizeScenario(value: unknown, where = 'scenario', steps?: Iterable<string>): Scenario {
  if (value === undefined || value === null) return {}
  if (!isObject(value)) throw new Error(`${where} must be an object`)
  const known = ['durations', 'failures', 'outputs', 'conditionOutcomes']
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      throw new Error(`${where} has the unknown key "${key}"; expected one of ${known.join(', ')}`)
  }
  const copy = structuredClone(value) as Scenario
  if (steps) {
    const known = [...steps]
    for (const key of ['durations', 'failures', 'outputs', 'conditionOutcomes'] as const) {
      for (const step of Object.keys(copy[key] ?? {})) {
        if (!known.includes(step))
          throw new Error(
            `${where}.${key} names "${step}", which is not a step of the pipeline${suggestion(step, known)}`
          )
      }
    }
  }
  for (const [step, seconds] of Object.entries(copy.durations ?? {})) {
    if (typeof seconds !== 'number' || !(seconds >= 0) || !Number.isFinite(seconds)) {
      throw new Error(
        `${where}.durations.${step} must be a non-negative number of seconds, got ${JSON.stringify(seconds)}`
      )
    }
  }
  for (const [step, failure] of Object.entries(copy.failures ?? {})) {
    const ok =
      typeof failure === 'string' ||
      (isObject(failure) &&
        typeof failure.reason === 'string' &&
        (failure.attempts === undefined || (Number.isInteger(failure.attempts) && failure.attempts >= 1)))
    if (!ok) throw new Error(`${where}.failures.${step} must be a reason string or {reason, attempts?}`)
  }
  for (const [step, outputs] of Object.entries(copy.outputs ?? {})) {
    if (!isObject(outputs)) throw new Error(`${where}.outputs.${step} must be {propertyFiles?, properties?}`)
  }
  for (const [step, outcome] of Object.entries(copy.conditionOutcomes ?? {})) {
    if (typeof outcome !== 'boolean')
      throw new Error(`${where}.conditionOutcomes.${step} must be true or false`)
  }
  return copy
}

/** The failure reason for this attempt of the step, if the scenario makes it fail. */
export function failureFor(scenario: Scenario, step: string, attempt: number): string | undefined {
  const failure = scenario.failures?.[step]
  if (failure === undefined) return undefined
  if (typeof failure === 'string') return failure
  return failure.attempts === undefined || attempt <= failure.attempts ? failure.reason : undefined
}
