import * as log from '../action/log.js'
import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import { startExecution, stopExecution, updateExecutionDescription } from '../adapters/sagemaker.js'
import type { RunContext } from '../action/run-context.js'
import {
  clientRequestToken,
  displayName,
  formatProvenance,
  parametersDigest,
  type Provenance
} from '../core/provenance.js'
import { statusRefusal } from '../core/reference.js'
import type { Plan } from '../core/types.js'
import { errorMessage, UserError } from '../errors.js'
import type { History } from './history.js'
import type { Pipeline } from './pipeline.js'

export interface StartOptions {
  client: SageMakerClient
  context: RunContext
  pipeline: Pipeline
  /** The pipeline input's ARN form, when given (the service takes either). */
  pipelineArn?: string
  head: string
  plan: Plan
  referenceArn?: string
  /** What StartPipelineExecution gets as PipelineParameters. */
  parameters: ReadonlyMap<string, string>
  /** Every parameter value the run will see (recorded as a digest in provenance). */
  values: ReadonlyMap<string, string>
  /** Digest of the plan's inputs (`planDigest`): part of the token and of the provenance. */
  inputs: string
  history: History
  /** Distinguishes several starts of one action step (coverage targets). */
  suffix?: string
  /** The `/sagemaker run` comment that approved this start: recorded in provenance. */
  approval?: Approval
}

/** Who approved a start from a comment, and where. */
export interface Approval {
  login: string
  url: string
  /** The digest of the plan binding approved. */
  binding: string
}

export interface Started {
  arn: string
  displayName: string
  /** The service refused the selective start and a full run was started instead: its words. */
  fallback?: string
  /** An earlier attempt of this workflow run already started this execution: attached, not started. */
  attached?: boolean
}

/**
 * Starts the planned execution, pinned to the version planned against, with the provenance later
 * runs judge it by. The ClientRequestToken makes a retried step get back its execution; a re-run
 * attempt attaches to the execution an earlier attempt started for the same commit and inputs while
 * it still runs. A selective start the service rejects becomes a full run, with its words reported.
 */
export async function startPlanned(options: StartOptions): Promise<Started> {
  const { client, context, pipeline, plan, head } = options
  const ref = context.pr !== undefined ? `refs/pull/${context.pr}/head` : context.ref
  const name = displayName({ pr: context.pr, ref, sha: head, runId: context.runId })
  const provenance: Provenance = {
    sha: head,
    ref,
    pr: context.pr,
    repo: context.repository,
    run: `${context.runId}/${context.runAttempt}`,
    job: context.job,
    inputs: options.inputs,
    def: pipeline.definition.hash,
    version: pipeline.version,
    params: parametersDigest(options.values),
    ...(options.approval
      ? {
          approvedBy: options.approval.login,
          approval: options.approval.url,
          binding: options.approval.binding
        }
      : {})
  }
  const earlier = await runningEarlierAttempt(options)
  if (earlier) {
    log.info(
      `An earlier attempt of this workflow run already started ${earlier} for ${head.slice(0, 7)}: attached to it.`
    )
    return { arn: earlier, displayName: name, attached: true }
  }
  const target = options.pipelineArn ?? pipeline.name
  const token = (extra: string): string =>
    clientRequestToken(
      context.repository,
      context.runId,
      context.runAttempt,
      `${target}${options.suffix ? `#${options.suffix}` : ''}${extra}`,
      context.job,
      options.inputs
    )
  const request = {
    pipeline: target,
    displayName: name,
    description: formatProvenance(provenance),
    parameters: Object.fromEntries(options.parameters),
    versionId: pipeline.version
  }
  log.debug(`StartPipelineExecution parameters: ${JSON.stringify([...options.parameters.keys()])}`)
  if (plan.fullRun) {
    const arn = await startExecution(client, { ...request, token: token('') })
    log.info(`Started a full run: ${arn}`)
    return { arn, displayName: name }
  }
  const sourceArn = plan.needsReference ? options.referenceArn : undefined
  try {
    const arn = await startExecution(client, {
      ...request,
      token: token(''),
      selective: { sourceArn, steps: plan.selected }
    })
    log.info(
      `Started a selective execution of ${plan.selected.length} step(s): ${arn}${sourceArn ? ` (reusing ${sourceArn})` : ''}`
    )
    return { arn, displayName: name }
  } catch (error) {
    if ((error as { name?: string }).name !== 'ValidationException') throw error
    const words = errorMessage(error).slice(0, 500)
    // An approval covers exactly the posted plan: never a full run in its place.
    if (options.approval) {
      throw new UserError(
        `SageMaker rejected the approved selective start (${log.safe(words)}); nothing was started. ` +
          'An approval covers exactly the posted plan, so no full run replaces it: run the pipeline in full from a workflow with selection: all, or approve other steps.'
      )
    }
    log.warning(`SageMaker rejected the selective start (${words}); starting a full run instead.`)
    const arn = await startExecution(client, { ...request, token: token('#full') })
    log.info(`Started a full run: ${arn}`)
    return { arn, displayName: name, fallback: words }
  }
}

/** A still-running execution an earlier attempt of this workflow run started for the same head and inputs. */
async function runningEarlierAttempt(options: StartOptions): Promise<string | undefined> {
  const { context } = options
  if (Number(context.runAttempt) <= 1) return undefined
  for (const run of await options.history.runs()) {
    const p = run.provenance
    if (run.status !== 'Executing' || !p?.run) continue
    const [runId, attempt] = p.run.split('/')
    if (
      p.repo === context.repository &&
      runId === context.runId &&
      attempt !== context.runAttempt &&
      p.sha === options.head &&
      (p.job ?? '') === context.job &&
      p.inputs === options.inputs
    ) {
      return run.arn
    }
  }
  return undefined
}

export interface SupersededOptions {
  client: SageMakerClient
  context: RunContext
  head: string
  history: History
  /** Whether commit `a` is an ancestor of `b`; undefined when that cannot be told. */
  isAncestor: (a: string, b: string) => Promise<boolean | undefined>
}

/**
 * Stops this pull request's earlier executions (started by this action) that are still running, but
 * only those for an *older* commit: an ancestor of head, or, when ancestry cannot be told, one started
 * by an earlier workflow run. A late job for an old push never stops the newer push's execution.
 */
export async function cancelSuperseded(options: SupersededOptions): Promise<string[]> {
  const { client, context, head } = options
  if (context.pr === undefined) {
    log.info('cancel-superseded: not a pull request, nothing to cancel')
    return []
  }
  const stopped: string[] = []
  for (const run of await options.history.runs()) {
    const p = run.provenance
    if (run.status !== 'Executing' || !p || p.pr !== context.pr || p.repo !== context.repository) continue
    if (p.sha === head) continue
    const ancestor = await options.isAncestor(p.sha, head)
    const earlierRun = Number(p.run?.split('/')[0] ?? NaN) < Number(context.runId)
    if (ancestor === false || (ancestor === undefined && !earlierRun)) {
      log.info(
        `cancel-superseded: left ${run.arn} running (commit ${p.sha.slice(0, 7)} is not older than ${head.slice(0, 7)})`
      )
      continue
    }
    try {
      await stopExecution(
        client,
        run.arn,
        clientRequestToken(context.repository, context.runId, context.runAttempt, run.arn)
      )
      stopped.push(run.arn)
      log.info(`Stopped superseded execution ${run.arn} (commit ${p.sha.slice(0, 7)})`)
    } catch (error) {
      log.warning(`Could not stop superseded execution ${run.arn}: ${errorMessage(error)}`)
    }
  }
  return stopped
}

export interface AdoptOptions {
  client: SageMakerClient
  context: RunContext
  arn: string
  head: string
  history: History
}

/**
 * `selection: adopt`: stamps the action's provenance onto an existing run (UpdatePipelineExecution),
 * the user vouching that it ran `head`. It then counts as a reference like any run the action
 * started; its definition is read from DescribePipelineDefinitionForExecution, never assumed.
 */
export async function adoptRun(options: AdoptOptions): Promise<void> {
  const { client, context, arn, head, history } = options
  let facts
  try {
    facts = await history.describe(arn)
  } catch (error) {
    throw new UserError(`Input "reference" names ${arn}, which cannot be read: ${errorMessage(error)}`, {
      cause: error
    })
  }
  const refusal = statusRefusal(facts.status ?? 'Executing')
  if (refusal) throw new UserError(`Input "reference" names ${arn}, which cannot be adopted: ${refusal}.`)
  const recorded = history.provenanceOf(arn)
  if (recorded?.sha && recorded.sha !== head) {
    throw new UserError(
      `Input "reference" names ${arn}, which already records commit ${recorded.sha.slice(0, 12)}; it cannot be adopted for ${head.slice(0, 12)}.`
    )
  }
  const description = formatProvenance({
    sha: head,
    ref: context.ref,
    repo: context.repository,
    run: `${context.runId}/${context.runAttempt}`,
    adopted: `${context.repository}/actions/runs/${context.runId}`
  })
  await updateExecutionDescription(client, arn, description)
  log.info(`Adopted ${arn}: it now records commit ${head} and can be a reference run.`)
}
