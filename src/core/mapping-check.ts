import { didYouMean } from '../errors.js'
import { checkGlob, GlobSet } from './glob-set.js'
import type { StepGraph } from './graph.js'

/**
 * What `check` (and the action, as warnings) says about a mapping file against the repository and the
 * definition. Errors make the mapping unusable; warnings name globs and steps that will quietly select
 * nothing, which is how a mapping goes stale without anyone noticing.
 */
export type MappingProblemKind =
  /** A `steps:` key that is not a step of the definition (error). */
  | 'unknown-step'
  /** A glob `loadMappingFile` would refuse (error). */
  | 'malformed-glob'
  /** A glob that matches no file of the repository. */
  | 'glob-matches-nothing'
  /** A step or all-steps glob whose every file is also ignored: it can never select anything. */
  | 'glob-only-ignored'
  /** A step of the definition with no `steps:` entry (Condition and Fail steps are not expected to have one). */
  | 'step-unmapped'
  /** Files of the repository that no step or all-steps glob matches and no ignore glob covers. */
  | 'files-unmapped'
  /** There were no repository files to check the globs against. */
  | 'no-files'
  /** Anything else `loadMappingFile` or `forPipeline` refuses (YAML, keys, types, pipeline, coverage). */
  | 'invalid-mapping'

export interface MappingProblem {
  severity: 'error' | 'warning'
  kind: MappingProblemKind
  step?: string
  /** Where the glob sits: under a step, under `all-steps` or under `ignore`. */
  list?: 'steps' | 'all-steps' | 'ignore'
  glob?: string
  /** For `files-unmapped`: how many, and the first few in path order. */
  files?: { count: number; first: string[] }
  /** One line, safe to print: names from the mapping are quoted and stripped of control characters. */
  message: string
}

/**
 * The part of a pipeline's mapping the check reads. A `PipelineMapping` from `forPipeline` fits as is;
 * so does `rawPipelineMapping` of an entry that never went through `loadMappingFile`, for which the
 * unknown-step and malformed-glob errors are then reported here.
 */
export interface MappingUnderCheck {
  steps: ReadonlyMap<string, readonly string[]>
  allSteps: readonly string[]
  ignore: readonly string[]
}

export interface MappingCheckInput {
  mapping: MappingUnderCheck
  graph: StepGraph
  /** Repo-relative paths of the repository's files (`git ls-files`), normalized, `/`-separated. */
  files: readonly string[]
  /** The mapping file's own repo-relative path: never reported as unmapped (a change to it is judged per entry). */
  mappingFile?: string
}

/** Step types whose whole behaviour is in the definition: nothing in the repository could map to them. */
const NO_CODE = new Set(['Condition', 'Fail'])

/** How many unmapped files a warning lists by name. */
export const UNMAPPED_SHOWN = 10

/** The globs of one pipeline entry of the mapping file as parsed YAML (`pipelines.<name>`). */
export function rawPipelineMapping(entry: {
  steps?: Record<string, string | readonly string[]>
  'all-steps'?: string | readonly string[]
  ignore?: string | readonly string[]
}): MappingUnderCheck {
  const list = (value: string | readonly string[] | undefined): string[] =>
    value === undefined ? [] : typeof value === 'string' ? [value] : [...value]
  return {
    steps: new Map(Object.entries(entry.steps ?? {}).map(([step, globs]) => [step, list(globs)])),
    allSteps: list(entry['all-steps']),
    ignore: list(entry.ignore)
  }
}

interface Entry {
  list: 'steps' | 'all-steps' | 'ignore'
  step?: string
  glob: string
  /** Files it matches, and of those the ones no ignore glob covers. */
  hits: number
  live: number
}

/**
 * Checks a mapping against the definition's steps and the repository's files. Pure: the caller lists the
 * files. Problems come errors first, then warnings in the order of the mapping file, then unmapped steps
 * in topological order, then the unmapped files.
 */
export function checkMapping(input: MappingCheckInput): MappingProblem[] {
  const { mapping, graph } = input
  const errors: MappingProblem[] = []
  const warnings: MappingProblem[] = []

  for (const step of mapping.steps.keys()) {
    if (graph.has(step)) continue
    errors.push({
      severity: 'error',
      kind: 'unknown-step',
      step,
      message: `${where('steps', step)} names no step of the definition${didYouMean(step, graph.steps.keys())}`
    })
  }

  const entries: Entry[] = []
  const compiled = new Map<string, RegExp>()
  const add = (list: Entry['list'], globs: readonly string[], step?: string): void => {
    for (const glob of globs) {
      const checked = checkGlob(glob)
      if ('problem' in checked) {
        errors.push({
          severity: 'error',
          kind: 'malformed-glob',
          ...(step === undefined ? {} : { step }),
          list,
          glob,
          message: `${where(list, step)}: ${shown(glob)} ${checked.problem}`
        })
      } else {
        compiled.set(glob, checked.regex)
        entries.push({ list, ...(step === undefined ? {} : { step }), glob, hits: 0, live: 0 })
      }
    }
  }
  for (const [step, globs] of mapping.steps) add('steps', globs, step)
  add('all-steps', mapping.allSteps)
  add('ignore', mapping.ignore)

  const files = input.files.map(f => (f.startsWith('./') ? f.slice(2) : f)).filter(f => f !== '')
  const set = new GlobSet(
    entries.map(e => e.glob),
    compiled
  )
  const unmapped: string[] = []
  const found: number[] = []
  for (const file of files) {
    found.length = 0
    set.matches(file, found)
    const ignored = found.some(id => entries[id]!.list === 'ignore')
    let selects = false
    for (const id of found) {
      const entry = entries[id]!
      entry.hits++
      if (!ignored) entry.live++
      if (entry.list !== 'ignore') selects = true
    }
    if (!ignored && !selects && file !== input.mappingFile) unmapped.push(file)
  }

  if (files.length === 0) {
    warnings.push({
      severity: 'warning',
      kind: 'no-files',
      message: 'the repository has no files to check the globs against'
    })
  } else {
    let repo: RepoIndex | undefined
    for (const entry of entries) {
      const at = where(entry.list, entry.step)
      const base = { severity: 'warning' as const, list: entry.list, glob: entry.glob }
      const step = entry.step === undefined ? {} : { step: entry.step }
      if (entry.hits === 0) {
        warnings.push({
          ...base,
          ...step,
          kind: 'glob-matches-nothing',
          message: `${at}: ${shown(entry.glob)} matches no file of the repository${nothingHint(entry.glob, (repo ??= new RepoIndex(files)))}`
        })
      } else if (entry.live === 0 && entry.list !== 'ignore') {
        warnings.push({
          ...base,
          ...step,
          kind: 'glob-only-ignored',
          message: `${at}: every file ${shown(entry.glob)} matches is also ignored, so it never selects anything`
        })
      }
    }
  }

  for (const step of graph.topologicalOrder()) {
    if (mapping.steps.has(step) || NO_CODE.has(graph.step(step).type)) continue
    warnings.push({
      severity: 'warning',
      kind: 'step-unmapped',
      step,
      message:
        `step ${step} (${graph.step(step).type}) is mapped to no file: only a change to its definition, ` +
        'a parameter it reads or an upstream step selects it'
    })
  }

  if (unmapped.length > 0) {
    unmapped.sort()
    const first = unmapped.slice(0, UNMAPPED_SHOWN)
    const more = unmapped.length > first.length ? `, … (${unmapped.length - first.length} more)` : ''
    const [files, it] = unmapped.length === 1 ? ['1 file is', 'it'] : [`${unmapped.length} files are`, 'them']
    warnings.push({
      severity: 'warning',
      kind: 'files-unmapped',
      files: { count: unmapped.length, first },
      message:
        `${files} matched by no step and not ignored (a change to ${it} selects nothing): ` +
        `${first.map(shown).join(', ')}${more}; map ${it} to a step, or list ${it} under ignore`
    })
  }
  // didYouMean quotes repository paths as they are: one last pass keeps every message printable.
  return [...errors, ...warnings].map(p => ({ ...p, message: p.message.replace(INVISIBLE, '\ufffd') }))
}

/** The entry as the mapping file spells it: `steps.Abalone-Train`, `all-steps`, `ignore`. */
function where(list: Entry['list'], step: string | undefined): string {
  if (list !== 'steps') return list
  return /^[A-Za-z0-9_-]{1,64}$/.test(step ?? '') ? `steps.${step}` : `steps[${shown(step ?? '')}]`
}

const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/

/** The repository's paths indexed for the hints, built once and only when some glob matches nothing. */
class RepoIndex {
  /** Folder ('' for the root) → the paths of its files and sub-folders. */
  readonly children = new Map<string, string[]>()
  /** Lower-cased path of every file and folder → the path as spelled. */
  readonly byLower = new Map<string, string>()
  /** File name → its paths. */
  readonly byName = new Map<string, string[]>()

  constructor(files: readonly string[]) {
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1)
      push(this.byName, name, file)
      let path = file
      while (!this.byLower.has(path.toLowerCase())) {
        this.byLower.set(path.toLowerCase(), path)
        const slash = path.lastIndexOf('/')
        const parent = slash < 0 ? '' : path.slice(0, slash)
        push(this.children, parent, path)
        if (slash < 0) break
        path = parent
      }
    }
  }

  isFolder(path: string): boolean {
    return this.children.has(path)
  }
}

function push(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key)
  if (list) list.push(value)
  else index.set(key, [value])
}

/**
 * The likely slip behind a glob that matches nothing: a folder written without `/**`, `dir/*` where the
 * files sit deeper, a difference in case, a file that lives elsewhere, a typo in the last segment.
 */
function nothingHint(glob: string, repo: RepoIndex): string {
  const path = glob.startsWith('./') ? glob.slice(2) : glob
  if (!GLOB_SYNTAX.test(path)) {
    if (repo.isFolder(path)) {
      return `; it is a directory, and a glob matches files, not folders: write ${shown(`${path}/**`)} to match everything under it`
    }
    const sameButCase = repo.byLower.get(path.toLowerCase())
    if (sameButCase !== undefined) {
      return `; globs are case-sensitive, and the repository has ${shown(sameButCase)}`
    }
    const name = path.slice(path.lastIndexOf('/') + 1)
    const elsewhere = (repo.byName.get(name) ?? []).slice(0, 3)
    if (elsewhere.length > 0) return `; a file of that name is at ${elsewhere.map(shown).join(', ')}`
    const slash = path.lastIndexOf('/')
    const siblings = repo.children.get(slash < 0 ? '' : path.slice(0, slash)) ?? []
    const hint = didYouMean(path, siblings)
    return hint ? `;${hint.replace(/^ \((.*)\)$/, ' $1')}` : ''
  }
  const dir = path.endsWith('/*') ? path.slice(0, -2) : ''
  if (dir !== '' && !GLOB_SYNTAX.test(dir) && repo.isFolder(dir)) {
    return `; a single * stops at the folder, and the files of ${shown(dir)} sit deeper: write ${shown(`${dir}/**`)}`
  }
  return ''
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g
const MAX_SHOWN = 160

/** A name from the mapping or the repository, quoted, one line, capped, without control characters. */
function shown(value: string): string {
  let text = value.replace(INVISIBLE, '\ufffd')
  if (text.length > MAX_SHOWN) {
    const tail = Math.floor((MAX_SHOWN - 1) / 2)
    text = `${text.slice(0, MAX_SHOWN - 1 - tail)}…${text.slice(text.length - tail)}`
  }
  return `"${text}"`
}
