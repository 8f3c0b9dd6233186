import { isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import { didYouMean, quote, UserError } from '../errors.js'
import { checkGlob, GlobSet } from './glob-set.js'
import type { StepGraph } from './graph.js'
import { checkSchema, type Path, Problems } from './mapping-problems.js'
import type { FileMatch, ParameterDef, PipelineMapping } from './types.js'

/**
 * The mapping file (`.github/sagemaker-pipelines.yml`), parsed, validated and with every glob compiled,
 * but not yet checked against a pipeline definition: step names can only be checked once the definition
 * that will run is known, which is why `forPipeline` takes the graph.
 */
export interface MappingFile {
  readonly source: string
  pipelineNames(): string[]
  /** @param name a pipeline name, or its ARN (ARNs carry the name in lower case) */
  forPipeline(name: string, graph: StepGraph): PipelineMapping
}

/** The `pipeline` input may be omitted when the mapping file names exactly one pipeline. */
export function defaultPipeline(file: MappingFile): string | undefined {
  const names = file.pipelineNames()
  return names.length === 1 ? names[0] : undefined
}

type Globs = string | string[]
type Scalar = string | number | boolean
interface PipelineEntry {
  steps?: Record<string, Globs>
  'all-steps'?: Globs
  ignore?: Globs
  coverage?: Record<string, { parameters: Record<string, Scalar> }>
}

/**
 * Reads the mapping file. Every problem (YAML syntax, unknown keys, wrong types, empty or malformed globs,
 * paths outside the repository) is reported at once, each line naming the entry by its path and position:
 * `.github/sagemaker-pipelines.yml:7:9: pipelines.P.steps.Abalone-Train[1] is an empty string`.
 */
export function loadMappingFile(text: string, source: string): MappingFile {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true })
  const syntax = doc.errors[0]
  if (syntax) {
    const at = syntax.linePos?.[0]
    const message = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new UserError(`${source}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${message}`)
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    throw new UserError(`${source}: invalid YAML: ${error instanceof Error ? error.message : String(error)}`)
  }
  const problems = new Problems(source, doc, lines)
  if (data === null || data === undefined) {
    problems.add([], 'is empty; it needs a top-level "pipelines:" mapping of pipeline name to steps')
    problems.throwIfAny()
  }
  checkSchema(data, problems)
  problems.throwIfAny()

  const pipelines = new Map<string, CompiledPipeline>()
  for (const [name, entry] of Object.entries(
    (data as { pipelines: Record<string, PipelineEntry> }).pipelines
  )) {
    const compiled = compile(name, entry, problems, doc)
    if (compiled) pipelines.set(name, compiled)
  }
  problems.throwIfAny()
  return new LoadedMappingFile(source, pipelines, problems)
}

class LoadedMappingFile implements MappingFile {
  constructor(
    readonly source: string,
    private readonly pipelines: Map<string, CompiledPipeline>,
    private readonly problems: Problems
  ) {}

  pipelineNames(): string[] {
    return [...this.pipelines.keys()]
  }

  forPipeline(name: string, graph: StepGraph): PipelineMapping {
    const compiled = this.pipelines.get(name) ?? this.byArn(name)
    if (!compiled) {
      const known = this.pipelineNames()
      throw new UserError(
        `${this.source}: pipeline "${name}" is not in the mapping file${didYouMean(name, known)}; it lists ${known.map(k => `"${k}"`).join(', ')}`
      )
    }
    compiled.check(graph, this.problems)
    this.problems.throwIfAny()
    const c = compiled
    return {
      pipeline: c.name,
      steps: new Map(c.stepNames.map((s, i) => [s, c.stepGlobs[i]!])),
      allSteps: [...c.allStepsGlobs],
      ignore: [...c.ignoreGlobs],
      coverage: new Map(c.coverage.map(e => [e.step, { ...e.parameters }])),
      match: file => c.match(file)
    }
  }

  /** `arn:aws:sagemaker:<region>:<account>:pipeline/<name>`: the service lower-cases the name. */
  private byArn(value: string): CompiledPipeline | undefined {
    const m = /^arn:aws[a-z-]*:sagemaker:[^:]*:[^:]*:pipeline\/([^/]+)$/i.exec(value)
    if (!m) return undefined
    const matches = [...this.pipelines.values()].filter(p => p.name.toLowerCase() === m[1]!.toLowerCase())
    return matches.length === 1 ? matches[0] : undefined
  }
}

interface CoverageEntry {
  step: string
  parameters: Record<string, string>
}

/** One pipeline's globs, compiled once at load and indexed for `match`. */
class CompiledPipeline {
  readonly stepNames: string[] = []
  readonly stepGlobs: string[][] = []
  private readonly stepPaths: Path[] = []
  /** Flattened step globs (in file order) and the step each belongs to. */
  private readonly flatGlobs: string[] = []
  private readonly stepOf: number[] = []
  private readonly stepSet: GlobSet
  private readonly allStepsSet: GlobSet
  private readonly ignoreSet: GlobSet
  /** Scratch for `match`: reused so that matching a file allocates only its result. */
  private readonly found: number[] = []
  private readonly best: Int32Array
  private readonly touched: number[] = []

  constructor(
    readonly name: string,
    steps: Array<{ step: string; globs: string[]; path: Path }>,
    readonly allStepsGlobs: string[],
    readonly ignoreGlobs: string[],
    readonly coverage: Array<CoverageEntry & { path: Path }>,
    compiled: ReadonlyMap<string, RegExp>
  ) {
    steps.forEach(({ step, globs, path }, i) => {
      this.stepNames.push(step)
      this.stepGlobs.push(globs)
      this.stepPaths.push(path)
      for (const g of globs) {
        this.flatGlobs.push(g)
        this.stepOf.push(i)
      }
    })
    this.stepSet = new GlobSet(this.flatGlobs, compiled)
    this.allStepsSet = new GlobSet(allStepsGlobs, compiled)
    this.ignoreSet = new GlobSet(ignoreGlobs, compiled)
    this.best = new Int32Array(steps.length).fill(-1)
  }

  match(file: string): FileMatch {
    if (file.startsWith('./')) file = file.slice(2)
    if (this.ignoreSet.size > 0 && this.ignoreSet.any(file)) return { ignored: true, steps: [] }
    const result: FileMatch = { ignored: false, steps: [] }
    if (this.allStepsSet.size > 0) {
      const first = this.allStepsSet.first(file, this.found)
      if (first >= 0) result.allSteps = this.allStepsGlobs[first]
    }
    if (this.stepSet.size === 0) return result
    const { found, best, touched } = this
    found.length = 0
    this.stepSet.matches(file, found)
    for (const id of found) {
      const step = this.stepOf[id]!
      const current = best[step]!
      if (current < 0) touched.push(step)
      if (current < 0 || id < current) best[step] = id
    }
    if (touched.length > 1) touched.sort((a, b) => a - b)
    for (const step of touched) {
      result.steps.push({ step: this.stepNames[step]!, glob: this.flatGlobs[best[step]!]! })
      best[step] = -1
    }
    found.length = 0
    touched.length = 0
    return result
  }

  /** Step names and coverage parameters against the definition that will run. */
  check(graph: StepGraph, problems: Problems): void {
    const stepList = listing([...graph.steps.keys()], 'its steps are')
    const unknownStep = (step: string, path: Path): void => {
      if (graph.has(step)) return
      const hint = didYouMean(step, graph.steps.keys())
      problems.add(path, `names no step of pipeline ${this.name}${hint || stepList}`, true)
    }
    this.stepNames.forEach((step, i) => unknownStep(step, this.stepPaths[i]!))
    for (const entry of this.coverage) {
      unknownStep(entry.step, entry.path)
      for (const [name, value] of Object.entries(entry.parameters)) {
        const path = [...entry.path, 'parameters', name]
        const def = graph.parameters.get(name)
        if (!def) {
          const declared = listing([...graph.parameters.keys()], 'it declares')
          const hint = didYouMean(name, graph.parameters.keys())
          problems.add(path, `is not a parameter of pipeline ${this.name}${hint || declared}`, true)
        } else {
          const bad = valueProblem(def, value)
          if (bad) problems.add(path, bad)
        }
      }
    }
  }
}

function listing(names: string[], lead: string): string {
  if (names.length === 0) return lead === 'it declares' ? '; it declares no parameters' : ''
  if (names.length > 20) return ''
  return `; ${lead} ${names.map(n => `"${n}"`).join(', ')}`
}

/** The service rejects a value of the wrong type at StartPipelineExecution; say so before. */
function valueProblem(def: ParameterDef, value: string): string | undefined {
  const shown = JSON.stringify(value)
  if (def.enumValues && !def.enumValues.includes(value)) {
    return `is ${shown}, which is not one of the values the parameter allows: ${def.enumValues.join(', ')}`
  }
  if (def.type === 'Integer' && !/^[-+]?\d+$/.test(value))
    return `is ${shown}, but ${def.name} is an Integer parameter`
  if (def.type === 'Float' && (value.trim() === '' || !Number.isFinite(Number(value)))) {
    return `is ${shown}, but ${def.name} is a Float parameter`
  }
  if (def.type === 'Boolean' && !/^(true|false)$/i.test(value)) {
    return `is ${shown}, but ${def.name} is a Boolean parameter (true or false)`
  }
  return undefined
}

/** Checks and compiles one pipeline's globs; undefined when some are unusable (they are in `problems`). */
function compile(
  name: string,
  entry: PipelineEntry,
  problems: Problems,
  doc: Document
): CompiledPipeline | undefined {
  const base: Path = ['pipelines', name]
  const compiled = new Map<string, RegExp>()
  let bad = false
  const globList = (value: Globs | undefined, path: Path): string[] => {
    if (value === undefined) return []
    const list = typeof value === 'string' ? [value] : value
    list.forEach((glob, i) => {
      const checked = checkGlob(glob)
      if ('regex' in checked) compiled.set(glob, checked.regex)
      else {
        bad = true
        problems.add(typeof value === 'string' ? path : [...path, i], `${quote(glob)} ${checked.problem}`)
      }
    })
    return list
  }
  const steps = Object.entries(entry.steps ?? {}).map(([step, globs]) => {
    const path = [...base, 'steps', step]
    return { step, globs: globList(globs, path), path }
  })
  const coverage = Object.entries(entry.coverage ?? {}).map(([step, { parameters }]) => {
    const path = [...base, 'coverage', step]
    const values: Record<string, string> = {}
    for (const [param, value] of Object.entries(parameters)) {
      values[param] = scalarText(value, doc.getIn([...path, 'parameters', param], true))
    }
    return { step, parameters: values, path }
  })
  const allSteps = globList(entry['all-steps'], [...base, 'all-steps'])
  const ignore = globList(entry.ignore, [...base, 'ignore'])
  return bad ? undefined : new CompiledPipeline(name, steps, allSteps, ignore, coverage, compiled)
}

/** Parameter values go to the service as strings: keep a number as written (`0.10` stays "0.10"). */
function scalarText(value: Scalar, node: unknown): string {
  if (typeof value === 'number' && isScalar(node) && typeof node.source === 'string') {
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(node.source)) return node.source
  }
  return String(value)
}
