import type { StepState } from './types.js'

/** One step's entry of the `artifacts` output: where its output that stands for head was made. */
export interface Artifact {
  execution: string
  status: StepState['status']
  metadata: Record<string, string>
}

/**
 * The `artifacts` output (SPEC "promotion"): for each step whose output stands for head, the execution
 * that produced it, its status and its Metadata ARNs (model package, model, training job…), so a
 * deployment job promotes what a run already made instead of re-running anything.
 *
 * @param producers step → the run that produced the fresh output the reference holds (reused steps)
 * @param stepsOf a run's step entries, when read
 * @param ran the new execution and its final step states, when it ended (steps it ran override)
 */
export function collectArtifacts(
  producers: ReadonlyMap<string, string>,
  stepsOf: (arn: string) => ReadonlyMap<string, StepState> | undefined,
  ran?: { arn: string; steps: ReadonlyMap<string, StepState> }
): Record<string, Artifact> {
  const out: Record<string, Artifact> = Object.create(null) as Record<string, Artifact>
  for (const [step, producer] of producers) {
    const entry = stepsOf(producer)?.get(step)
    if (entry?.status === 'Succeeded')
      out[step] = { execution: producer, status: entry.status, metadata: { ...entry.metadata } }
  }
  for (const [step, entry] of ran?.steps ?? []) {
    if (entry.reusedFrom) continue
    out[step] = { execution: ran!.arn, status: entry.status, metadata: { ...entry.metadata } }
  }
  return out
}
