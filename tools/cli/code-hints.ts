import { isObject, ownFields } from '../../src/core/definition.js'
import type { StepNode } from '../../src/core/types.js'

/**
 * A place in a step's definition that names the code the step runs. The SDK uploads that code to S3 (or
 * packs it into the container) under names of its own, so only the end of the path can be trusted to
 * find the file in the repository.
 */
export interface CodeHint {
  /** The path as the definition has it: an S3 key, a path in the container or on the author's machine. */
  path: string
  /**
   * The end of `path` that should also be the end of the file's repo-relative path: the file name, or
   * more for a module path (`pipeline_steps/train.py`) or a path below the container's code folder.
   */
  tail: string
  /** Where it was read, for the `# guessed from …` comment. */
  where: string
  /** The program runs out of a source directory uploaded whole: map the folder that holds it. */
  sourceDir: boolean
}

/** File names that are code a step runs, as opposed to data, models or archives. */
const SCRIPT = /\.(py|r|sh|jl|scala|java|js|ts|ipynb)$/i
/** Helpers the SDK itself uploads or generates: never the user's code. */
const GENERATED = new Set([
  '_repack_model.py',
  'runproc.sh',
  'job_driver.sh',
  'bootstrap_runtime_environment.py'
])
const PROCESSING_CODE = '/opt/ml/processing/input/code/'
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const REMOTE_FUNCTION = 'sagemaker_remote_function_bootstrap'

/**
 * Everything in the step that points at its code, in the order a reader would look: processing code
 * inputs and entry points, `--code` arguments, training scripts (`sagemaker_program`), serving scripts
 * (`SAGEMAKER_PROGRAM`), and the module of a `@step` function.
 */
export function codeHints(step: StepNode): CodeHint[] {
  // A Condition's branch steps speak for themselves; a Fail step runs nothing.
  if (step.type === 'Condition' || step.type === 'Fail') return []
  const own = ownFields(step)
  const args = isObject(own.Arguments) ? own.Arguments : {}
  const hints: CodeHint[] = []
  const add = (path: string, tail: string, where: string, sourceDir = false): void => {
    const name = tail.slice(tail.lastIndexOf('/') + 1)
    if (!SCRIPT.test(name) || GENERATED.has(name)) return
    if (tail.split('/').some(s => s === '' || s === '.' || s === '..')) return
    if (CONTROL.test(tail)) return // no repository file is named so: a broken or hostile definition
    hints.push({ path, tail, where, sourceDir })
  }

  if (Array.isArray(args.ProcessingInputs)) {
    for (const input of args.ProcessingInputs) {
      if (!isObject(input) || input.InputName !== 'code' || !isObject(input.S3Input)) continue
      const uri = input.S3Input.S3Uri
      if (typeof uri === 'string') add(uri, basename(uri), `ProcessingInputs "code" ${shortUri(uri)}`)
    }
  }
  for (const spec of [args.AppSpecification, args.AlgorithmSpecification]) {
    if (!isObject(spec)) continue
    for (const part of strings(spec.ContainerEntrypoint)) {
      if (part.startsWith(PROCESSING_CODE)) {
        add(
          part,
          part.slice(PROCESSING_CODE.length),
          `ContainerEntrypoint …/code/${part.slice(PROCESSING_CODE.length)}`
        )
      }
    }
    const argv = strings(spec.ContainerArguments)
    argv.forEach((part, i) => {
      const value = part === '--code' ? argv[i + 1] : part.startsWith('--code=') ? part.slice(7) : undefined
      if (value !== undefined) add(value, basename(value), `ContainerArguments --code ${shortUri(value)}`)
    })
  }
  for (const hyper of hyperParameterSets(args)) trainingScript(hyper, add)
  for (const env of environments(args)) {
    const program = env.SAGEMAKER_PROGRAM
    if (typeof program === 'string') {
      add(program, program, `Environment SAGEMAKER_PROGRAM "${program}"`, true)
    }
  }
  if (step.type === 'Training' && isFunctionStep(args)) functionModule(step.raw, add)
  return hints
}

type Add = (path: string, tail: string, where: string, sourceDir?: boolean) => void

/** `sagemaker_program` (the entry point of a framework estimator), or the model repack's inference script. */
function trainingScript(hyper: Record<string, unknown>, add: Add): void {
  const program = unquote(hyper.sagemaker_program)
  if (program === undefined) return
  const packed = unquote(hyper.sagemaker_submit_directory) !== undefined
  if (program === '_repack_model.py') {
    const script = unquote(hyper.inference_script)
    const dir = unquote(hyper.source_dir)
    if (script === undefined) return
    const path = dir && !dir.startsWith('s3://') && !dir.startsWith('/') ? `${dir}/${script}` : script
    add(path, script, `HyperParameters inference_script "${script}" (model repack)`, true)
    return
  }
  const from = packed ? ' in the uploaded source directory' : ''
  add(program, program, `HyperParameters sagemaker_program "${program}"${from}`, packed)
}

/**
 * A `@step` function runs as a training job whose entry point is the remote-function bootstrap; the SDK
 * writes `module.function` as the step's DisplayName and the function's source file as its Description.
 */
function functionModule(raw: Record<string, unknown>, add: Add): void {
  const display = raw.DisplayName
  if (typeof display === 'string' && /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/.test(display)) {
    const module = display.split('.').slice(0, -1)
    if (module[0] !== '__main__') {
      const file = `${module.join('/')}.py`
      add(file, file, `@step function ${display}`)
    }
  }
  const description = raw.Description
  if (typeof description === 'string' && /\.py$/.test(description) && !/\s/.test(description)) {
    add(description, basename(description), `@step source ${shortUri(description)}`)
  }
}

function isFunctionStep(args: Record<string, unknown>): boolean {
  const spec = isObject(args.AlgorithmSpecification) ? args.AlgorithmSpecification : {}
  if (strings(spec.ContainerEntrypoint).some(p => p.includes(REMOTE_FUNCTION))) return true
  return (
    Array.isArray(args.InputDataConfig) &&
    args.InputDataConfig.some(c => isObject(c) && c.ChannelName === REMOTE_FUNCTION)
  )
}

/** Training `HyperParameters`, and a tuning job's static ones (one definition or several). */
function hyperParameterSets(args: Record<string, unknown>): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = []
  if (isObject(args.HyperParameters)) out.push(args.HyperParameters)
  const definitions = [
    args.TrainingJobDefinition,
    ...(Array.isArray(args.TrainingJobDefinitions) ? (args.TrainingJobDefinitions as unknown[]) : [])
  ]
  for (const d of definitions) {
    if (isObject(d) && isObject(d.StaticHyperParameters)) out.push(d.StaticHyperParameters)
  }
  return out
}

/** Every `Environment` object of the step's containers (Model, RegisterModel, Processing, Training). */
function environments(
  value: unknown,
  out: Array<Record<string, unknown>> = [],
  depth = 0
): Array<Record<string, unknown>> {
  if (depth > 8) return out
  if (Array.isArray(value)) for (const v of value) environments(v, out, depth + 1)
  else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'Environment' && isObject(v)) out.push(v)
      else environments(v, out, depth + 1)
    }
  }
  return out
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** The SDK JSON-encodes hyperparameter values: `"\"train.py\""`. */
function unquote(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value)
      return typeof parsed === 'string' && parsed !== '' ? parsed : undefined
    } catch {
      return undefined
    }
  }
  return value
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** `s3://bucket/a/b/c/d.py` → `s3://…/d.py`: enough to recognise, short enough for a comment. */
function shortUri(uri: string): string {
  const parts = uri.split('/')
  if (parts.length <= 2) return uri
  return `${uri.startsWith('s3://') ? 's3://' : ''}…/${parts[parts.length - 1]}`
}
