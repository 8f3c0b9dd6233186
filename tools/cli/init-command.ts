import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseDefinition } from '../../src/core/definition.js'
import { checkGlob } from '../../src/core/glob-set.js'
import type { StepGraph } from '../../src/core/graph.js'
import { loadMappingFile } from '../../src/core/mapping.js'
import type { StepNode } from '../../src/core/types.js'
import { UserError } from '../../src/errors.js'
import { type CodeHint, codeHints } from './code-hints.js'
import { type CliIo, messageOf, parseOrUsage, readInput, requireOption, UsageError } from './context.js'
import { listRepoFiles } from './repo-files.js'

export const INIT_HELP = `Usage: init --definition FILE [--pipeline NAME] [--output FILE [--force]] [--repo DIR]

Writes a starter mapping file (.github/sagemaker-pipelines.yml) for a pipeline definition: every step,
with globs guessed from the code its definition names (processing code inputs and entry points, --code
arguments, sagemaker_program / SAGEMAKER_PROGRAM scripts, @step function modules), each marked
"# guessed from …". A guess names the repository file of that name when there is one (the whole folder
when the script runs from an uploaded source directory), otherwise "**/<name>". Steps with nothing to
guess from are written commented out, for you to fill in or leave unmapped. Then run check.

Options:
  --definition FILE  pipeline definition JSON
  --pipeline NAME    the SageMaker pipeline name, the mapping's key (default: from the definition's file
                     name, else MyPipeline)
  --output FILE      write the mapping there (default: standard output); an existing file is kept
  --force            overwrite an existing --output file
  --repo DIR         the repository the guesses are matched against (default: the current folder)
  -h, --help         show this help
`

const OPTIONS = ['definition', 'pipeline', 'output', 'force', 'repo', 'help']
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/
/** File names that say nothing about which pipeline they hold. */
const GENERIC_STEMS = new Set(['pipeline', 'definition', 'pipeline-definition', 'pipelinedefinition'])
const MAX_COMMENT = 160

export function initCommand(argv: string[], io: CliIo): number {
  const { values } = parseOrUsage('init', OPTIONS, () =>
    parseArgs({
      args: argv,
      options: {
        definition: { type: 'string' },
        pipeline: { type: 'string' },
        output: { type: 'string' },
        force: { type: 'boolean', default: false },
        repo: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  )
  if (values.help) {
    io.stdout(INIT_HELP)
    return 0
  }
  const definitionFile = requireOption('init', 'definition', values.definition)
  const pipeline = values.pipeline ?? pipelineFromFile(definitionFile)
  if (!PIPELINE_NAME.test(pipeline)) {
    throw new UsageError(
      `init: --pipeline ${JSON.stringify(pipeline.slice(0, 80))} is not a SageMaker pipeline name (letters, digits and hyphens, starting and ending with a letter or digit)`
    )
  }
  if (values.force && values.output === undefined)
    throw new UsageError('init: --force only applies to --output FILE')

  const graph = parseDefinition(readInput(io, '--definition', definitionFile), definitionFile)
  const repo = listRepoFiles(values.repo ?? '.')
  const output = values.output
  const starter = starterMapping(graph, {
    pipeline,
    files: repo.files,
    definition: definitionFile === '-' ? 'standard input' : path.basename(definitionFile),
    output: output ?? '.github/sagemaker-pipelines.yml'
  })

  // What we write must load and name only real steps; anything else is our bug, not the user's.
  try {
    loadMappingFile(starter.text, 'init output').forPipeline(pipeline, graph)
  } catch (error) {
    throw new Error(`init wrote a mapping it cannot load itself: ${messageOf(error)}`, { cause: error })
  }

  for (const note of repo.notes) io.stderr(`note: ${note}\n`)
  if (output === undefined) {
    io.stdout(starter.text)
    return 0
  }
  writeOutput(output, starter.text, values.force)
  const { guessed, unguessed } = starter
  io.stdout(
    `Wrote ${output}: ${graph.size} steps of ${pipeline}, ${guessed.length} with guessed globs, ` +
      `${unguessed.length} left commented out (${repo.files.length} files of ${repo.root} seen through ${repo.source}).\n` +
      `Next: review the guesses, then run check --config ${output} --definition ${definitionFile}\n`
  )
  return 0
}

function writeOutput(file: string, text: string, force: boolean): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'EEXIST') {
      throw new UserError(`--output ${file}: the file exists; give --force to overwrite it`)
    }
    throw new UserError(`--output ${file}: cannot write the file (${messageOf(error)})`)
  }
}

/** `aws-examples-abalone.json` → `aws-examples-abalone`; `-`, generic or unusable names → `MyPipeline`. */
export function pipelineFromFile(file: string): string {
  if (file === '-') return 'MyPipeline'
  const stem = path
    .basename(file)
    .replace(/\.json$/i, '')
    .replace(/[^a-zA-Z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 256)
    .replace(/-+$/, '')
  return stem === '' || GENERIC_STEMS.has(stem.toLowerCase()) ? 'MyPipeline' : stem
}

export interface Guess {
  glob: string
  /** The places in the definition it was read from. */
  where: string[]
  /** A repository file fits the guess (else the glob is `**\/<name>`, waiting for the file). */
  found: boolean
  /** Other files of the repository with the same name, not chosen. */
  others: number
}

export interface StarterMapping {
  text: string
  guessed: string[]
  unguessed: string[]
}

/**
 * The starter mapping's YAML: every step in topological order, guessed ones as entries with a comment
 * saying where each guess came from, the rest commented out with why. Pure: the caller lists the files.
 */
export function starterMapping(
  graph: StepGraph,
  options: { pipeline: string; files: readonly string[]; definition: string; output: string }
): StarterMapping {
  const index = byName(options.files)
  const lines = [
    `# Starter mapping for sagemaker-selective-execution, written by \`init\` from ${comment(options.definition)}.`,
    "# A change to a file a step's globs match re-runs that step and everything downstream of it.",
    '# "guessed from" marks a glob read off the code location the definition names: check each one.',
    '# Steps commented out had nothing to guess from: map them to their files, or leave them out (an',
    '# unmapped step runs when its definition, a parameter it reads or an upstream step changes).',
    `# Then: sagemaker-selective-execution check --config ${comment(options.output)} --definition ${comment(options.definition)}`,
    'pipelines:',
    `  ${key(options.pipeline)}:  # the SageMaker pipeline's name: change it if yours differs`
  ]
  const entries: string[] = []
  const guessed: string[] = []
  const unguessed: string[] = []
  for (const name of graph.topologicalOrder()) {
    const step = graph.step(name)
    const guesses = guessesFor(step, index)
    if (guesses.length === 0) {
      unguessed.push(name)
      entries.push(`      # ${key(name)}: []  # ${noGuessReason(step)}`)
    } else if (guesses.length === 1) {
      guessed.push(name)
      entries.push(`      ${key(name)}: ${scalar(guesses[0]!.glob)}  # ${guessComment(guesses[0]!)}`)
    } else {
      guessed.push(name)
      entries.push(`      ${key(name)}:`)
      for (const g of guesses) entries.push(`        - ${scalar(g.glob)}  # ${guessComment(g)}`)
    }
  }
  // Comments may sit between the entries, but a mapping of comments only is no mapping at all.
  lines.push(
    guessed.length === 0
      ? '    steps: {}  # nothing to guess from: replace {} with entries like the ones commented out below'
      : '    steps:',
    ...entries,
    '    # all-steps:  # a change to one of these selects every step, e.g. the script that builds the pipeline',
    '    #   - pipelines/build_pipeline.py',
    '    # ignore:  # a change to one of these selects nothing, whatever else matches it',
    '    #   - "**/*.md"'
  )
  return { text: `${lines.join('\n')}\n`, guessed, unguessed }
}

/** The step's code hints, matched against the repository's files, merged and without weaker duplicates. */
export function guessesFor(step: StepNode, index: ReadonlyMap<string, string[]>): Guess[] {
  const resolved = codeHints(step).map(hint => ({ hint, ...resolve(hint, step.name, index) }))
  const foundNames = new Set(resolved.filter(r => r.found).map(r => nameOf(r.hint.tail)))
  const missing = resolved.filter(r => !r.found && !foundNames.has(nameOf(r.hint.tail)))
  const kept = resolved.filter(
    r =>
      r.found ||
      (missing.includes(r) &&
        // `**/register.py` adds nothing to `**/pipeline_steps/register.py`
        !missing.some(
          o => o.hint.tail.length > r.hint.tail.length && o.hint.tail.endsWith(`/${r.hint.tail}`)
        ))
  )
  const byGlob = new Map<string, Guess>()
  for (const r of kept) {
    const guess = byGlob.get(r.glob)
    if (guess) {
      if (!guess.where.includes(r.hint.where)) guess.where.push(r.hint.where)
    } else {
      byGlob.set(r.glob, { glob: r.glob, where: [r.hint.where], found: r.found, others: r.others })
    }
  }
  return [...byGlob.values()]
}

/** File name → the repository's files of that name. */
export function byName(files: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const file of files) {
    const name = nameOf(file)
    const list = index.get(name)
    if (list) list.push(file)
    else index.set(name, [file])
  }
  return index
}

/**
 * The repository file the hint most likely names: of the files with its name, the one sharing the
 * longest end with the hint's path (S3 keys and author paths often keep a folder or two), then the one
 * whose folders echo the step's name, then the shortest path.
 */
function resolve(
  hint: CodeHint,
  stepName: string,
  index: ReadonlyMap<string, string[]>
): { glob: string; found: boolean; others: number } {
  const candidates = index.get(nameOf(hint.tail)) ?? []
  if (candidates.length === 0) return { glob: `**/${escapeGlob(hint.tail)}`, found: false, others: 0 }
  const hintParts = hint.path.split('/')
  const tokens = stepTokens(stepName)
  const scored = candidates.map(file => {
    const parts = file.split('/')
    let shared = 0
    while (
      shared < parts.length &&
      shared < hintParts.length &&
      parts[parts.length - 1 - shared] === hintParts[hintParts.length - 1 - shared]
    )
      shared++
    const folders = parts.slice(0, -1).join('/').toLowerCase()
    const echo = tokens.filter(t => folders.includes(t)).length
    return { file, shared, echo }
  })
  scored.sort(
    (a, b) =>
      b.shared - a.shared ||
      b.echo - a.echo ||
      a.file.length - b.file.length ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  )
  const file = scored[0]!.file
  const slash = file.lastIndexOf('/')
  const glob = hint.sourceDir && slash > 0 ? `${escapeGlob(file.slice(0, slash))}/**` : escapeGlob(file)
  const usable = !('problem' in checkGlob(glob))
  return usable
    ? { glob, found: true, others: candidates.length - 1 }
    : { glob: `**/${escapeGlob(hint.tail)}`, found: false, others: 0 }
}

/** `Abalone-PreprocessData` → `abalone`, `preprocess`, `data`: words to look for in folder names. */
function stepTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .map(t => t.toLowerCase())
    .filter(t => t.length >= 3 && !['step', 'model', 'create', 'register'].includes(t))
}

/** A literal path as a glob: picomatch's special characters escaped. */
export function escapeGlob(file: string): string {
  return file.replace(/[*?[\]{}()!+@\\]/g, c => `\\${c}`)
}

function nameOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1)
}

function guessComment(guess: Guess): string {
  const from = comment(`guessed from ${guess.where.join('; ')}`, MAX_COMMENT - 50)
  if (!guess.found) return `${from}; no file of that name in the repository yet`
  if (guess.others === 0) return from
  return `${from}; ${guess.others} other file${guess.others === 1 ? '' : 's'} of that name`
}

function noGuessReason(step: StepNode): string {
  switch (step.type) {
    case 'Condition':
    case 'Fail':
      return `${step.type} step: all it does is in the definition, usually left unmapped`
    default:
      return `no guess: its definition names no code file (${comment(step.type)} step); map it to the files it depends on`
  }
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g

/** Text from the definition inside a YAML comment: one line, no control characters, capped. */
function comment(text: string, max = MAX_COMMENT): string {
  const flat = text.replace(INVISIBLE, '\ufffd')
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}

const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i

/** A mapping key: step names are `[A-Za-z0-9-_]`, but `true`, `null` or `123` still need quotes. */
function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) && !RESERVED.test(name) ? name : scalar(name, true)
}

/** A YAML scalar for a glob: plain when that cannot be misread, else double-quoted with escapes. */
function scalar(value: string, quote = false): string {
  if (
    !quote &&
    /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(value) &&
    !RESERVED.test(value) &&
    !/^[\d.+-]/.test(value)
  ) {
    return value
  }
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
