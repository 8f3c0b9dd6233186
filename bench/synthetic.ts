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

/** The definition JSON of a pipeline with exactly `size` steps (Condition branches included). */
export function definitionText(size: number, seed = 1): string {
  const rand = random(seed)
  /** Steps others may read from: jobs, not Conditions or Fail steps. */
  const readable: boolean[] = []
  const pick = (below: number, window: number): number => {
    let p = Math.max(0, below - 1 - Math.floor(rand() * window))
    while (p > 0 && !readable[p]) p--
    return p
  }
  const parameters = [
    { Name: 'InstanceType', Type: 'String', DefaultValue: 'ml.m5.xlarge' },
    { Name: 'Threshold', Type: 'Float', DefaultValue: 0.5 },
    { Name: 'Epochs', Type: 'Integer', DefaultValue: 10 },
    { Name: 'Region', Type: 'String', DefaultValue: 'us-east-1' }
  ]
  const names: string[] = []
  const steps: unknown[] = []
  /** Only top-level steps and earlier branch steps are referenced, as the SDK compiles them. */
  const job = (i: number): Record<string, unknown> => {
    const name = stepName(i)
    names.push(name)
    readable[i] = true
    const args: Record<string, unknown> = {
      AppSpecification: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/job:latest' },
      ProcessingResources: {
        ClusterConfig: { InstanceType: { Get: 'Parameters.InstanceType' }, InstanceCount: 1, VolumeSizeInGB: 30 }
      },
      ProcessingOutputConfig: { Outputs: [{ OutputName: 'out', S3Output: { S3Uri: `s3://bucket/${name}` } }] }
    }
    const step: Record<string, unknown> = { Name: name, Type: 'Processing', Arguments: args }
    if (i > 0) {
      const inputs = [pick(i, 12)]
      if (rand() < 0.4 && i > 1) inputs.push(pick(i, 40))
      args.ProcessingInputs = [...new Set(inputs)].map((p, k) => ({
        InputName: `in${k}`,
        S3Input: { S3Uri: { Get: `Steps.${names[p]}.ProcessingOutputConfig.Outputs['out'].S3Output.S3Uri` } }
      }))
      if (rand() < 0.2 && i > 2) step.DependsOn = [names[pick(i, 6)]]
    }
    if (rand() < 0.1) args.Environment = { EPOCHS: { Get: 'Parameters.Epochs' } }
    return step
  }

  let i = 0
  while (i < size) {
    if (i > 0 && i % 12 === 11 && size - i >= 4) {
      const name = stepName(i)
      const evaluated = names[pick(i, 1)]!
      names.push(name)
      const ifSteps = [job(i + 1), job(i + 2)]
      names.push(stepName(i + 3))
      const elseSteps = [{ Name: stepName(i + 3), Type: 'Fail', Arguments: { ErrorMessage: 'below threshold' } }]
      steps.push({
        Name: name,
        Type: 'Condition',
        Arguments: {
          Conditions: [
            {
              Type: 'GreaterThanOrEqualTo',
              LeftValue: { Get: `Steps.${evaluated}.ProcessingOutputConfig.Outputs['out'].S3Output.S3Uri` },
              RightValue: { Get: 'Parameters.Threshold' }
            }
          ],
          IfSteps: ifSteps,
          ElseSteps: elseSteps
        }
      })
      i += 4
    } else {
      steps.push(job(i))
      i++
    }
  }
  return JSON.stringify({ Version: '2020-12-01', Metadata: {}, Parameters: parameters, Steps: steps })
}

/** The five glob shapes of the mapping, for glob `j` of the module owned by step `m`. */
function globFor(m: number, j: number): string {
  switch (j % 5) {
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
  switch (j % 5) {
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
 * None hits an all-steps glob, which would make every plan a trivial full run.
 */
export function changedFiles(count: number, size: number, mapping: SyntheticMapping, seed = 7): string[] {
  const rand = random(seed)
  const files: string[] = []
  for (let n = 0; n < count; n++) {
    const r = rand()
    const module = Math.floor(rand() * size)
    if (r < 0.02 && mapping.globs.length > 0) {
      const [m, j] = mapping.globs[Math.floor(rand() * mapping.globs.length)]!
      files.push(fileFor(m, j, n))
    } else if (r < 0.06) files.push(`docs/guide/page-${n}.md`)
    else if (r < 0.1) files.push(`mod-${module}/README-${n}.md`)
    else if (r < 0.4) files.push(`mod-${module}/tests/test_${n}.py`)
    else if (r < 0.7) files.push(`services/svc-${n % 211}/src/handler-${n}.ts`)
    else files.push(`mod-${module}/notebooks/n${n}/cell-${n % 13}.ipynb`)
  }
  return files
}
