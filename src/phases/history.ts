import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import {
  describeExecution,
  executionDefinition,
  listExecutionParameters,
  listExecutionSteps,
  listExecutions,
  type ExecutionSummary
} from '../adapters/sagemaker.js'
import { parseDefinition } from '../core/definition.js'
import { runParameters } from '../core/parameters.js'
import type { FactField, MappingDelta, RunDefinition, RunFacts } from '../core/freshness.js'
import { definitionHash, parametersDigest, parseProvenance, type Provenance } from '../core/provenance.js'
import type { ChangeSet, ExecutionStatus, StepState } from '../core/types.js'
import { errorMessage } from '../errors.js'

/** How far back the history is listed when looking for a reference run. */
export const HISTORY_LIMIT = 500
/**
 * How many runs outside the listing (producers of reused outputs older than the newest 500) may be
 * described; and how many runs' details (steps, parameters, definitions) may be read in all. A step
 * whose producing run lies beyond is not reused: it runs, and the report says so.
 */
export const MAX_RUNS_READ = 24

export interface HistoryOptions {
  client: SageMakerClient
  pipeline: string
  /** The definition that will run: a run pinned to a version with the same hash ran exactly this. */
  head: RunDefinition
  /** Files changed between a commit and head (memoised by the caller per commit). */
  changesSince: (commit: string) => Promise<ChangeSet>
  /** How the mapping file differs between a commit and head, given the files changed since it. */
  mappingSince: (commit: string, changes: ChangeSet) => Promise<MappingDelta>
  /** Runs already listed by the caller (coverage): not listed again. */
  known?: ExecutionSummary[]
  /** The new run's parameter values: a run whose provenance recorded the same digest ran with them. */
  headParameters?: ReadonlyMap<string, string>
}

/** One execution as listed, with its provenance read. */
export interface ListedRun extends ExecutionSummary {
  provenance?: Provenance
}

/**
 * The pipeline's past executions, read once: each listing, step list, parameter list and definition is
 * fetched at most once per action run, on demand, and handed to the pure freshness judge as `RunFacts`.
 */
export class History {
  private listed?: Promise<ListedRun[]>
  private readonly facts = new Map<string, RunFacts>()
  private readonly provenance = new Map<string, Provenance | undefined>()
  private readonly definitions = new Map<string, Promise<RunDefinition | Error>>()
  private readonly reads = new Set<string>()

  private headParameters?: ReadonlyMap<string, string>

  constructor(private readonly options: HistoryOptions) {
    this.headParameters = options.headParameters
  }

  private defaultsDigest?: string
  /** The digest of head's definition's defaults (a run pinned to it with no overrides got exactly those). */
  private headDefaults(): string {
    this.defaultsDigest ??= parametersDigest(runParameters(this.options.head.graph, {}).values)
    return this.defaultsDigest
  }

  /** The new run's parameter values, once known (resuming reads a run's values first). */
  setHeadParameters(values: ReadonlyMap<string, string>): void {
    this.headParameters = values
  }

  /** The newest executions, newest first (at most HISTORY_LIMIT). */
  runs(): Promise<ListedRun[]> {
    this.listed ??= (async () => {
      const out: ListedRun[] = []
      if (this.options.known) out.push(...this.options.known.map(withProvenance))
      else {
        for await (const s of listExecutions(this.options.client, this.options.pipeline, HISTORY_LIMIT)) {
          out.push(withProvenance(s))
        }
      }
      for (const run of out) this.remember(run.arn, run.status, run.provenance)
      return out
    })()
    return this.listed
  }

  /** What is known of a run so far (the judge's lookup). */
  lookup = (arn: string): RunFacts | undefined => this.facts.get(arn)

  /** Provenance of a run already read (listing or describe). */
  provenanceOf(arn: string): Provenance | undefined {
    return this.provenance.get(arn)
  }

  /** Reads what the judge asked for. Runs past the read bound become unavailable, never guessed. */
  async load(needs: ReadonlyArray<{ arn: string; field: FactField }>): Promise<void> {
    await this.runs()
    const byRun = new Map<string, Set<FactField>>()
    for (const { arn, field } of needs) byRun.set(arn, (byRun.get(arn) ?? new Set()).add(field))
    await Promise.all(
      [...byRun].map(async ([arn, fields]) => {
        if (!this.reads.has(arn) && this.reads.size >= MAX_RUNS_READ) {
          this.entry(arn).unavailable = `more than ${MAX_RUNS_READ} runs would have to be read to trace it`
          return
        }
        this.reads.add(arn)
        try {
          await this.read(arn, fields)
        } catch (error) {
          this.entry(arn).unavailable = errorMessage(error).slice(0, 300)
        }
      })
    )
  }

  /** The step list of a run (memoised), for callers outside the judge (resume, coverage). */
  async steps(arn: string): Promise<ReadonlyMap<string, StepState>> {
    await this.read(arn, new Set(['steps']))
    return this.entry(arn).steps!
  }

  /**
   * The step lists read so far, newest run first (runs outside the listing last): what cost estimates
   * are made from, at no extra API call.
   */
  async readSteps(): Promise<Array<ReadonlyMap<string, StepState>>> {
    const order = new Map((await this.runs()).map((r, i) => [r.arn, i]))
    return [...this.facts.values()]
      .filter(f => f.steps !== undefined)
      .sort((a, b) => (order.get(a.arn) ?? order.size) - (order.get(b.arn) ?? order.size))
      .map(f => f.steps!)
  }

  /** The parameter values a run was started with (memoised). */
  async parameters(arn: string): Promise<ReadonlyMap<string, string>> {
    await this.read(arn, new Set(['parameters']))
    return this.entry(arn).parameters!
  }

  /** Status and provenance of any run of this pipeline (listed, or described when older). */
  async describe(arn: string): Promise<RunFacts> {
    await this.read(arn, new Set(['run']))
    return this.entry(arn)
  }

  private async read(arn: string, fields: ReadonlySet<FactField>): Promise<void> {
    const { client } = this.options
    const facts = this.entry(arn)
    const wantsCommit =
      fields.has('run') || fields.has('changes') || fields.has('mapping') || fields.has('definition')
    if (wantsCommit && facts.status === undefined) {
      const d = await describeExecution(client, arn)
      this.remember(arn, d.status, parseProvenance(d.description))
    }
    const reads: Array<Promise<void>> = []
    if (fields.has('steps') && !facts.steps) {
      reads.push(listExecutionSteps(client, arn).then(steps => void (facts.steps = steps)))
    }
    const head = this.headParameters
    const digest = this.provenance.get(arn)?.params
    // Only a pinned run surely ran with the defaults its recorded digest was computed from.
    const pinned = this.provenance.get(arn)?.version !== undefined
    if (fields.has('parameters') && !facts.parameters && digest && pinned) {
      // Recorded by the action when it started the run: equal digests, equal values, nothing to read.
      if (head && digest === parametersDigest(head)) facts.parameters = head
      else if (this.provenance.get(arn)?.def === this.options.head.hash && digest === this.headDefaults()) {
        facts.parameters = runParameters(this.options.head.graph, {}).values
      }
    }
    if (fields.has('parameters') && !facts.parameters) {
      reads.push(
        listExecutionParameters(client, arn).then(
          values => void (facts.parameters = new Map(Object.entries(values)))
        )
      )
    }
    if (fields.has('definition') && !facts.definition) {
      reads.push(
        this.definitionOf(arn).then(d => {
          if (d instanceof Error)
            facts.unavailable = `the definition it ran cannot be read (${d.message.slice(0, 200)})`
          else facts.definition = d
        })
      )
    }
    if ((fields.has('changes') || fields.has('mapping')) && facts.commit && !facts.mapping) {
      reads.push(
        (async () => {
          const changes = await this.options.changesSince(facts.commit!)
          facts.changes = changes
          facts.mapping = await this.options.mappingSince(facts.commit!, changes)
        })()
      )
    }
    await Promise.all(reads)
  }

  /**
   * The definition a run executed. A run the action started pinned to a version recorded that
   * definition's hash: when it equals head's, nothing is fetched. Otherwise (unpinned, adopted,
   * older) `DescribePipelineDefinitionForExecution` says what it ran; equal texts are parsed once.
   */
  private definitionOf(arn: string): Promise<RunDefinition | Error> {
    const p = this.provenance.get(arn)
    const head = this.options.head
    if (p?.version !== undefined && p.def === head.hash) return Promise.resolve(head)
    // Pinned runs that recorded the same hash ran the same definition: fetched once for all of them.
    const key = p?.version !== undefined && p.def ? `def:${p.def}` : arn
    let found = this.definitions.get(key)
    if (!found) {
      found = executionDefinition(this.options.client, arn).then(
        text => {
          try {
            const document: unknown = JSON.parse(text)
            const hash = definitionHash(document)
            if (hash === head.hash) return head
            return { graph: parseDefinition(document, `the definition ${arn} ran`), document, hash }
          } catch (error) {
            return error instanceof Error ? error : new Error(errorMessage(error))
          }
        },
        (error: unknown) => (error instanceof Error ? error : new Error(errorMessage(error)))
      )
      this.definitions.set(key, found)
    }
    return found
  }

  private entry(arn: string): RunFacts {
    let facts = this.facts.get(arn)
    if (!facts) {
      facts = { arn }
      this.facts.set(arn, facts)
    }
    return facts
  }

  private remember(arn: string, status: ExecutionStatus, provenance: Provenance | undefined): void {
    const facts = this.entry(arn)
    facts.status = status
    if (provenance?.sha) facts.commit = provenance.sha
    this.provenance.set(arn, provenance)
  }
}

function withProvenance(s: ExecutionSummary): ListedRun {
  return { ...s, provenance: parseProvenance(s.description) }
}
