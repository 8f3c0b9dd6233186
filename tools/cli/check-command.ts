import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseDefinition } from '../../src/core/definition.js'
import { checkMapping, type MappingProblem } from '../../src/core/mapping-check.js'
import { defaultPipeline, loadMappingFile } from '../../src/core/mapping.js'
import { UserError } from '../../src/errors.js'
import { type CliIo, parseOrUsage, readInput, requireOption, UsageError } from './context.js'
import { listRepoFiles } from './repo-files.js'

export const CHECK_HELP = `Usage: check --config FILE --definition FILE [--pipeline NAME] [--repo DIR] [--strict] [--json]

Checks a mapping file against the pipeline definition and the repository's files.
Errors (exit 1): what the action would refuse: unknown keys or steps, malformed globs, bad YAML.
Warnings (exit 0, or 1 with --strict): a glob that matches no file (a folder written without /**:
"src/train" where "src/train/**" is meant), a glob whose files are all ignored, a step mapped to no file
(Condition and Fail steps excepted), files matched by no step and not ignored.

Options:
  --config FILE      mapping file (.github/sagemaker-pipelines.yml)
  --definition FILE  pipeline definition JSON
  --pipeline NAME    pipeline entry of the mapping file (default: its only pipeline)
  --repo DIR         the repository (default: the current folder): the files git tracks, plus untracked
                     files it does not ignore; outside git, every file under DIR but .git and node_modules
  --strict           warnings fail the check too
  --json             print {"ok":bool,"errors":n,"warnings":n,"problems":[{"severity","kind","step"?,
                     "list"?,"glob"?,"files"?,"message"}],...}
  -h, --help         show this help
`

const OPTIONS = ['config', 'definition', 'pipeline', 'repo', 'strict', 'json', 'help']

export function checkCommand(argv: string[], io: CliIo): number {
  const { values } = parseOrUsage('check', OPTIONS, () =>
    parseArgs({
      args: argv,
      options: {
        config: { type: 'string' },
        definition: { type: 'string' },
        pipeline: { type: 'string' },
        repo: { type: 'string' },
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  )
  if (values.help) {
    io.stdout(CHECK_HELP)
    return 0
  }
  const configFile = requireOption('check', 'config', values.config)
  const definitionFile = requireOption('check', 'definition', values.definition)
  const graph = parseDefinition(readInput(io, '--definition', definitionFile), definitionFile)
  const configText = readInput(io, '--config', configFile)
  const repo = listRepoFiles(values.repo ?? '.')

  let pipeline = values.pipeline
  let problems: MappingProblem[]
  try {
    const file = loadMappingFile(configText, configFile)
    pipeline ??= defaultPipeline(file)
    if (pipeline === undefined) {
      const names = file.pipelineNames().join(', ')
      throw new UsageError(
        `check: ${configFile} lists several pipelines (${names}); choose one with --pipeline`
      )
    }
    const mapping = file.forPipeline(pipeline, graph)
    problems = checkMapping({
      mapping,
      graph,
      files: repo.files,
      mappingFile: repoRelative(repo.root, configFile)
    })
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    problems = loaderProblems(error.message)
  }

  const errors = problems.filter(p => p.severity === 'error').length
  const warnings = problems.length - errors
  const failed = errors > 0 || (values.strict && warnings > 0)
  for (const note of repo.notes) io.stderr(`note: ${note}\n`)
  if (values.json) {
    const doc = {
      ok: !failed,
      config: configFile,
      definition: definitionFile,
      pipeline: pipeline ?? null,
      files: repo.files.length,
      errors,
      warnings,
      problems
    }
    io.stdout(`${JSON.stringify(doc)}\n`)
  } else {
    const lines = [
      `Checked ${configFile}${pipeline === undefined ? '' : ` (pipeline ${pipeline})`} against ${definitionFile} ` +
        `(${graph.size} steps) and ${repo.files.length} files of ${repo.root} (${repo.source})`
    ]
    for (const [severity, title] of [
      ['error', 'Errors'],
      ['warning', 'Warnings']
    ] as const) {
      const list = problems.filter(p => p.severity === severity)
      if (list.length === 0) continue
      lines.push('', `${title} (${list.length}):`)
      for (const p of list) lines.push(`  - ${p.message}`)
    }
    lines.push('', verdict(errors, warnings, values.strict))
    io.stdout(`${lines.join('\n')}\n`)
  }
  return failed ? 1 : 0
}

function verdict(errors: number, warnings: number, strict: boolean): string {
  if (errors > 0) {
    return `${count(errors, 'error')}: the action would refuse this mapping file.${warnings === 0 ? ' Warnings are checked once it loads.' : ''}`
  }
  if (warnings === 0) return 'OK: no problems found.'
  return strict
    ? `${count(warnings, 'warning')}, and --strict makes them fail the check.`
    : `${count(warnings, 'warning')}: the mapping loads and the action would accept it (exit 0; --strict fails on warnings).`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/**
 * The mapping file's own loader is the authority on errors (it gives line and column); its message, one
 * problem per line, becomes problems with the step or glob picked out for `--json`.
 */
export function loaderProblems(message: string): MappingProblem[] {
  const lines = message.split('\n')
  const body = lines.length > 1 && / problems in the mapping file:$/.test(lines[0]!) ? lines.slice(1) : lines
  return body
    .map(l => l.trim())
    .filter(l => l !== '')
    .map(line => {
      const entry =
        /(?:^|: )pipelines\.[A-Za-z0-9-]+\.(steps|coverage)\.([A-Za-z0-9_-]+)(?:\[\d+\])? (.*)$/.exec(line)
      if (entry && entry[3]!.startsWith('names no step of pipeline')) {
        return { severity: 'error', kind: 'unknown-step', step: entry[2]!, message: line } as const
      }
      const list =
        /(?:^|: )pipelines\.[A-Za-z0-9-]+\.(?:steps\.([A-Za-z0-9_-]+)|(all-steps|ignore))(?:\[\d+\])? (.*)$/.exec(
          line
        )
      if (list) {
        const quoted = /^("(?:[^"\\]|\\.)*") /.exec(list[3]!)
        const glob = quoted ? (JSON.parse(quoted[1]!) as string) : undefined
        return {
          severity: 'error',
          kind: 'malformed-glob',
          ...(list[1] === undefined
            ? { list: list[2] as 'all-steps' | 'ignore' }
            : { list: 'steps', step: list[1] }),
          ...(glob === undefined ? {} : { glob }),
          message: line
        } as const
      }
      return { severity: 'error', kind: 'invalid-mapping', message: line } as const
    })
}

/** The mapping file's path relative to the repository root, when it lies inside it. */
function repoRelative(root: string, file: string): string | undefined {
  try {
    const relative = path.relative(fs.realpathSync(root), fs.realpathSync(file))
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined
    return relative.split(path.sep).join('/')
  } catch {
    return undefined // standard input, or a file that vanished: nothing to leave out
  }
}
