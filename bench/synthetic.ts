import { checkGlob } from '../src/core/glob-set.js'
import { random } from './stats.js'

/**
 * Synthetic inputs for the planning benchmark, deterministic for a given size: a pipeline definition
 * shaped like real ones (chains and fan-ins through property references and DependsOn, Condition steps
 * every dozen steps with a register-like If branch and a Fail Else branch, parameters read here and
 * there), a mapping file, and a list of changed files of which a small share hits a mapped glob.
 */

export const PIPELINE = 'BenchPipeline'

/** Step names are zero-padded so that they sort like their index. */
export function stepName(i: number): string {
  return `Step-${String(i).padStart(5, '0')}`
}

/** Steps per lane: a lane is one model's chain (prepare, train, evaluate, a quality gate, register …). */
const LANE = 24
/** Lanes per aggregation step (a report reading the last step of each). */
const LANES_PER_AGGREGATE = 8

/**
 * The definition JSON of a pipeline with exactly `size` steps (Condition branches included), shaped like
 * large real pipelines: a shared head (ingest, validate, split, features), then parallel lanes of
 * LANE steps each reading the head, chained through property references (some DependsOn, a few
 * cross-lane inputs), a Condition every dozen steps with a two-step If branch and a Fail Else branch,
 * and an aggregation step every few lanes.
 */
export function definitionText(size: number, seed = 1): string {
  const rand = random(seed)
  const parameters = [
    { Name: 'InstanceType', Type: 'String', DefaultValue: 'ml.m5.xlarge' },
    { Name: 'Threshold', Type: 'Float', DefaultValue: 0.5 },
    { Name: 'Epochs', Type: 'Integer', DefaultValue: 10 },
    { Name: 'Region', Type: 'String', DefaultValue: 'us-east-1' }
  ]
  const output = (i: number): Record<string, string> => ({
    Get: `Steps.${stepName(i)}.ProcessingOutputConfig.Outputs['out'].S3Output.S3Uri`
  })
  const job = (i: number, inputs: number[], dependsOn?: number): Record<string, unknown> => {
    const name = stepName(i)
    const args: Record<string, unknown> = {
      AppSpecification: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/job:latest' },
      ProcessingResources: {
        ClusterConfig: {
          InstanceType: { Get: 'Parameters.InstanceType' },
          InstanceCount: 1,
          VolumeSizeInGB: 30
        }
      },
      ProcessingInputs: [...new Set(inputs)].map((p, k) => ({
        InputName: `in${k}`,
        S3Input: { S3Uri: output(p) }
      })),
      ProcessingOutputConfig: { Outputs: [{ OutputName: 'out', S3Output: { S3Uri: `s3://bucket/${name}` } }] }
    }
    if (rand() < 0.1) args.Environment = { EPOCHS: { Get: 'Parameters.Epochs' } }
    const step: Record<string, unknown> = { Name: name, Type: 'Processing', Arguments: args }
    if (dependsOn !== undefined && !inputs.includes(dependsOn)) step.DependsOn = [stepName(dependsOn)]
    return step
  }
  const recent = (list: number[], window: number): number =>
    list[Math.max(0, list.length - 1 - Math.floor(rand() * window))]!

  const steps: unknown[] = []
  const head = Math.min(4, size)
  for (let i = 0; i < head; i++) steps.push(job(i, i > 0 ? [i - 1] : []))
  let lane: number[] = []
  let previousLane: number[] = []
  let laneEnds: number[] = []
  let position = 0
  let i = head
  while (i < size) {
    if (position >= LANE) {
      laneEnds.push(lane.at(-1)!)
      previousLane = lane
      lane = []
      position = 0
      if (laneEnds.length === LANES_PER_AGGREGATE) {
        steps.push(job(i++, laneEnds))
        laneEnds = []
        continue
      }
    }
    if (position % 12 === 11 && lane.length > 0 && size - i >= 4) {
      const gate = lane.at(-1)!
      steps.push({
        Name: stepName(i),
        Type: 'Condition',
        Arguments: {
          Conditions: [
            {
              Type: 'GreaterThanOrEqualTo',
              LeftValue: output(gate),
              RightValue: { Get: 'Parameters.Threshold' }
            }
          ],
          IfSteps: [job(i + 1, [gate]), job(i + 2, [i + 1])],
          ElseSteps: [{ Name: stepName(i + 3), Type: 'Fail', Arguments: { ErrorMessage: 'below threshold' } }]
        }
      })
      i += 4
      position += 4
      continue
    }
    const inputs = lane.length === 0 ? [head - 1] : [recent(lane, 4)]
    if (lane.length > 1 && rand() < 0.3) inputs.push(recent(lane, 8))
    if (previousLane.length > 0 && rand() < 0.03) inputs.push(recent(previousLane, LANE))
    const dependsOn = lane.length > 2 && rand() < 0.2 ? recent(lane, 6) : undefined
    steps.push(job(i, inputs, dependsOn))
    lane.push(i)
    i++
    position++
  }
  return JSON.stringify({ Version: '2020-12-01', Metadata: {}, Parameters: parameters, Steps: steps })
}

/**
 * Which of the five glob shapes glob `j` of step `m` has: they rotate over a step's globs, from a start
 * that a hash of `m` picks (mapped steps are evenly spaced, often by a multiple of 5).
 */
function kindOf(m: number, j: number): number {
  let h = Math.imul(m ^ (m >>> 7), 0x9e3779b1)
  h ^= h >>> 15
  return ((h >>> 0) + j) % 5
}

/** The five glob shapes of the mapping, for glob `j` of the module owned by step `m`. */
function globFor(m: number, j: number): string {
  switch (kindOf(m, j)) {
    case 0:
      return `mod-${m}/src/main-${j}.py`
    case 1:
      return `mod-${m}/lib-${j}/**`
    case 2:
      return `mod-${m}/conf/*-${j}.yml`
    case 3:
      return `**/shared-${m}-${j}/*.py`
    default:
      return `mod-${m}/{jobs,tasks}-${j}/*.{py,sql}`
  }
}

/** A file that the glob matches (the changed files that select steps are built from these). */
function fileFor(m: number, j: number, n: number): string {
  switch (kindOf(m, j)) {
    case 0:
      return `mod-${m}/src/main-${j}.py`
    case 1:
      return `mod-${m}/lib-${j}/pkg/f${n}.py`
    case 2:
      return `mod-${m}/conf/c${n}-${j}.yml`
    case 3:
      return `apps/a${n % 97}/shared-${m}-${j}/f${n}.py`
    default:
      return `mod-${m}/${n % 2 ? 'jobs' : 'tasks'}-${j}/f${n}.sql`
  }
}

export interface SyntheticMapping {
  text: string
  /** (module, glob index) of every glob, to build matching files from. */
  globs: Array<[number, number]>
}

/**
 * A mapping file with `globCount` step globs: with fewer globs than steps, every (size/globCount)-th
 * step gets one; with more, each step gets several. Plus two all-steps globs and two ignore globs.
 */
export function mappingText(size: number, globCount: number): SyntheticMapping {
  const lines = ['pipelines:', `  ${PIPELINE}:`, '    steps:']
  const globs: Array<[number, number]> = []
  const mapped = Math.min(size, globCount)
  for (let s = 0; s < mapped; s++) {
    const step = Math.floor((s * size) / mapped)
    const own = Math.floor(globCount / mapped) + (s < globCount % mapped ? 1 : 0)
    lines.push(`      ${stepName(step)}:`)
    for (let j = 0; j < own; j++) {
      const glob = globFor(step, j)
      const checked = checkGlob(glob)
      if ('problem' in checked) throw new Error(`synthetic glob ${glob} ${checked.problem}`)
      lines.push(`        - '${glob}'`)
      globs.push([step, j])
    }
  }
  lines.push('    all-steps:', "      - 'requirements.txt'", "      - 'pipeline/definition/**'")
  lines.push('    ignore:', "      - '**/*.md'", "      - 'docs/**'")
  return { text: `${lines.join('\n')}\n`, globs }
}

/**
 * `count` distinct changed files: 2 % match a mapped glob, 8 % are ignored (docs, READMEs), the rest
 * match nothing but share directories with mapped modules (so the glob index has to look at them).
 * Like a real change, the matching files cluster: 9 in 10 hit the globs of one step in the middle of the
 * pipeline, every tenth any glob. So a small change set selects one connected part (a selective plan)
 * and a large one touches unconnected parts (a full run). None hits an all-steps glob.
 */
export function changedFiles(count: number, size: number, mapping: SyntheticMapping, seed = 7): string[] {
  const rand = random(seed)
  // The mapped step nearest the middle with a glob that more than one file can match.
  const wide = mapping.globs.filter(([m, j]) => kindOf(m, j) !== 0)
  const candidates = wide.length > 0 ? wide : mapping.globs
  const middle = candidates.reduce(
    (best, [m]) => (Math.abs(m - size / 2) < Math.abs(best - size / 2) ? m : best),
    candidates[0]?.[0] ?? 0
  )
  const hot = candidates.filter(([m]) => m === middle)
  const files: string[] = []
  const seen = new Set<string>()
  let matched = 0
  for (let n = 0; n < count; n++) {
    const r = rand()
    const module = Math.floor(rand() * size)
    if (r < 0.02 && mapping.globs.length > 0) {
      const pool = matched++ % 10 === 9 ? mapping.globs : hot
      const [m, j] = pool[Math.floor(rand() * pool.length)]!
      const file = fileFor(m, j, n)
      // A literal glob matches one file: a second hit on it is a near miss instead (a diff lists a file once).
      files.push(seen.has(file) ? `mod-${m}/src/other-${n}.py` : file)
      seen.add(file)
    } else if (r < 0.06) files.push(`docs/guide/page-${n}.md`)
    else if (r < 0.1) files.push(`mod-${module}/README-${n}.md`)
    else if (r < 0.4) files.push(`mod-${module}/tests/test_${n}.py`)
    else if (r < 0.7) files.push(`services/svc-${n % 211}/src/handler-${n}.ts`)
    else files.push(`mod-${module}/notebooks/n${n}/cell-${n % 13}.ipynb`)
  }
  return files
}
