/**
 * `npm run bench [-- --quick] [-- --only cold-start,planning,scenarios,minimal] [-- --out FILE]`
 *
 * Bundled with ncc into bench/out/bench and run with node (see the `bench` script and bench/README.md).
 * Measures, side by side in one run: the action's cold start against a bare bundle of its three
 * packages, planning time over synthetic pipelines, API calls per scenario against the emulator and
 * the GitHub stand-in, the steps each scenario runs, and the steps the engine selects over the corpus
 * next to the smallest sound selection an independent oracle finds. Prints a table, writes the numbers
 * as JSON, and exits 1 when a goal is badly missed (2 when the bench itself fails).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { buildBareBundle, measureColdStart, type BareBundle } from './cold-start.js'
import { goals } from './goals.js'
import { measureMinimal } from './minimal.js'
import { measurePlanning } from './planning-scale.js'
import { render } from './report.js'
import type { Results } from './results.js'
import { measureScenarios } from './scenarios.js'

const SECTIONS = ['cold-start', 'planning', 'scenarios', 'minimal'] as const
/** Sections that run the bundled action (the others call the engine in-process). */
const NEEDS_DIST: ReadonlySet<Section> = new Set(['cold-start', 'scenarios'])
type Section = (typeof SECTIONS)[number]

interface Options {
  quick: boolean
  only: Set<Section>
  out: string
}

/** How hard each mode looks: the full run for the record, the quick one for CI (under a minute). */
const SETTINGS = {
  full: {
    coldStartRuns: 15,
    programs: ['node', 'bare', 'bare+sdk', 'action'],
    planning: { rounds: 7, minBatchMs: 20, collectGarbage: true },
    minimal: { pairsPerDefinition: 20, neutralStepsPerEdit: 0 }
  },
  quick: {
    coldStartRuns: 5,
    programs: ['bare', 'action'],
    planning: { rounds: 3, minBatchMs: 5, collectGarbage: false },
    // A few seconds either way: the quick run checks soundness over the same change sets as the full one.
    minimal: { pairsPerDefinition: 20, neutralStepsPerEdit: 0 }
  }
}

async function main(): Promise<number> {
  const root = process.cwd()
  const options = parseArgs(process.argv.slice(2), root)
  const needsDist = [...options.only].some(s => NEEDS_DIST.has(s))
  if (!existsSync(join(root, 'action.yml')) || (needsDist && !existsSync(join(root, 'dist', 'index.js')))) {
    console.error(
      'bench: run it from the repository root (npm run bench), after npm run package built dist/index.js'
    )
    return 2
  }
  const settings = SETTINGS[options.quick ? 'quick' : 'full']
  const started = Date.now()
  const log = (line: string): void => console.error(`· ${line}`)
  const results: Results = {
    mode: options.quick ? 'quick' : 'full',
    startedAt: new Date(started).toISOString(),
    seconds: 0,
    sectionSeconds: {},
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: availableParallelism(),
    goals: []
  }

  // The bare bundle builds while the scenarios run: their call counts do not depend on timing. The
  // timed sections run alone afterwards.
  let bare: Promise<BareBundle> | undefined
  if (options.only.has('cold-start')) {
    log('cold start: bundling the bare entry with ncc …')
    bare = buildBareBundle(root)
    bare.catch(() => undefined) // awaited below, where a failure is reported
  }
  const timed = async <T>(section: string, fn: () => Promise<T> | T): Promise<T> => {
    const start = Date.now()
    try {
      return await fn()
    } finally {
      results.sectionSeconds[section] = Math.round((Date.now() - start) / 100) / 10
    }
  }
  if (options.only.has('scenarios'))
    results.scenarios = await timed('scenarios', () => measureScenarios(root, log))
  if (bare) {
    const built = await timed('cold-start build (after the scenarios)', () => bare)
    log(`cold start: timing ${settings.programs.join(', ')}, ${settings.coldStartRuns} runs each …`)
    results.coldStart = await timed('cold-start', () =>
      measureColdStart(root, built, settings.coldStartRuns, settings.programs)
    )
  }
  if (options.only.has('planning')) {
    results.planning = await timed('planning', () => measurePlanning(settings.planning, log))
  }
  if (options.only.has('minimal')) {
    results.minimal = await timed('minimal', () => measureMinimal(root, settings.minimal, log))
  }
  results.goals = goals(results)
  results.seconds = Math.round((Date.now() - started) / 100) / 10

  for (const line of render(results)) console.log(line)
  mkdirSync(dirname(options.out), { recursive: true })
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`)
  const sections = Object.entries(results.sectionSeconds).map(([k, v]) => `${k} ${v} s`)
  console.log(`\nwrote ${options.out} (${results.seconds} s: ${sections.join(', ')})`)

  const bad = results.goals.filter(g => g.badlyMissed)
  for (const g of bad)
    console.log(`✗ badly missed: ${g.name}: ${g.value} (goal ${g.goal}, fails beyond ${g.limit})`)
  return bad.length > 0 ? 1 : 0
}

function parseArgs(args: string[], root: string): Options {
  const options: Options = { quick: false, only: new Set(SECTIONS), out: '' }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--quick') options.quick = true
    else if (arg === '--only' || arg === '--out') {
      const value = args[++i]
      if (!value) throw new Error(`${arg} needs a value`)
      if (arg === '--out') options.out = resolve(root, value)
      else {
        const names = value.split(',').map(s => s.trim())
        for (const n of names) {
          if (!(SECTIONS as readonly string[]).includes(n))
            throw new Error(`--only: unknown section "${n}"; the sections are ${SECTIONS.join(', ')}`)
        }
        options.only = new Set(names as Section[])
      }
    } else
      throw new Error(
        `unknown argument "${arg}"; accepted: --quick, --only ${SECTIONS.join(',')}, --out FILE`
      )
  }
  // A quick run must not overwrite the committed results of a full one.
  options.out ||= join(root, 'bench', options.quick ? 'out/results-quick.json' : 'results.json')
  return options
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(2)
  }
)
