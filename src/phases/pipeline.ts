import * as log from '../action/log.js'
import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import { lstatSync, readFileSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { describePipeline, latestVersion, type PipelineInfo } from '../adapters/sagemaker.js'
import { parseDefinition } from '../core/definition.js'
import type { RunDefinition } from '../core/freshness.js'
import { defaultPipeline, loadMappingFile, type MappingFile } from '../core/mapping.js'
import { definitionHash } from '../core/provenance.js'
import type { PipelineMapping } from '../core/types.js'
import { errorMessage, UserError } from '../errors.js'

/** The pipeline as it will run: its pinned version, that version's definition, and its mapping. */
export interface Pipeline {
  name: string
  /** The version planned against and started; undefined when the service lists none. */
  version?: number
  definition: RunDefinition
  mapping?: PipelineMapping
}

/** The first request of every run, started before the rest of the action loads (see prefetch.ts). */
export interface PipelineRead {
  version?: number
  info: PipelineInfo
}

/** Reads the latest version's id, then that version's definition: what will run, pinned. */
export async function readPipeline(client: SageMakerClient, pipeline: string): Promise<PipelineRead> {
  let version: number | undefined
  try {
    version = await latestVersion(client, pipeline)
  } catch (error) {
    // No version listed: DescribePipeline then says whether the pipeline exists at all, and a
    // pipeline without versions runs unpinned (said in the log).
    if ((error as { name?: string }).name !== 'ResourceNotFound') throw error
  }
  return { version, info: await describePipeline(client, pipeline, version) }
}

export interface PipelineOptions {
  client: SageMakerClient
  /** Pipeline name from the input (else the mapping file's only one) and the ARN form when given. */
  pipeline?: string
  pipelineArn?: string
  region: string
  workspace: string
  config: string
  configExplicit: boolean
  read?: Promise<PipelineRead>
}

export async function loadPipeline(options: PipelineOptions): Promise<Pipeline> {
  const mappingFile = readMapping(options.workspace, options.config, options.configExplicit)
  const name = options.pipeline ?? (mappingFile ? defaultPipeline(mappingFile) : undefined)
  if (!name) {
    throw new UserError(
      mappingFile
        ? `Input "pipeline" is empty and ${options.config} lists ${mappingFile.pipelineNames().length} pipelines ` +
            `(${mappingFile.pipelineNames().join(', ')}): name one with the "pipeline" input.`
        : `Input "pipeline" is empty and there is no mapping file at ${options.config}: set one of them.`
    )
  }
  let read: PipelineRead
  try {
    read = await (options.read ?? readPipeline(options.client, options.pipelineArn ?? name))
  } catch (error) {
    if ((error as { name?: string }).name === 'ResourceNotFound') {
      throw new UserError(
        `Input "pipeline": there is no SageMaker pipeline "${name}" in ${options.region} (${errorMessage(error)}).`
      )
    }
    throw error
  }
  const graph = parseDefinition(read.info.definition, `the definition of pipeline "${name}"`)
  if (graph.size === 0) {
    throw new UserError(
      `Pipeline "${name}" has no steps (its definition's "Steps" list is empty): there is nothing to run.`
    )
  }
  let mapping: PipelineMapping | undefined
  if (mappingFile) mapping = mappingFile.forPipeline(name, graph)
  else {
    log.warning(
      `No mapping file at ${options.config}: only changed step definitions and parameters select steps. ` +
        'Add one to map source files to steps.'
    )
  }
  if (read.version === undefined) {
    log.warning(
      `Pipeline ${name} lists no version: the run cannot be pinned to the definition planned against.`
    )
  }
  const document: unknown = JSON.parse(read.info.definition)
  log.info(
    `Pipeline ${name}${read.version === undefined ? '' : ` version ${read.version}`}: ${graph.size} steps, ${graph.edges().length} edges`
  )
  return {
    name,
    version: read.version,
    definition: { graph, document, hash: definitionHash(document) },
    mapping
  }
}

/**
 * Reads the mapping file from inside the workspace only: the path is resolved with its links and
 * must stay in the checkout, so a link to /proc/self/environ or ~/.netrc is refused by name, and its
 * content is never echoed.
 */
export function readMapping(workspace: string, config: string, explicit: boolean): MappingFile | undefined {
  const path = join(workspace, config)
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    if (explicit) {
      throw new UserError(
        `Input "config" names ${config}, but there is no such file in the repository checkout.`
      )
    }
    return undefined
  }
  let real: string
  let root: string
  try {
    real = realpathSync(path)
    root = realpathSync(workspace)
  } catch {
    throw new UserError(`The mapping file ${config} is a link to nothing (a dangling symlink).`)
  }
  const inside = relative(root, real)
  if (inside === '' || inside.startsWith('..' + sep) || inside === '..' || isAbsolute(inside)) {
    throw new UserError(
      `The mapping file ${config} ${stat.isSymbolicLink() ? 'is a symlink that points' : 'resolves'} outside the repository checkout; it was not read.`
    )
  }
  const realStat = lstatSync(real)
  if (!realStat.isFile())
    throw new UserError(`The mapping file ${config} is not a regular file; it was not read.`)
  if (realStat.size > 1024 * 1024) {
    throw new UserError(`The mapping file ${config} is ${realStat.size} bytes; at most 1 MiB is read.`)
  }
  return loadMappingFile(readFileSync(real, 'utf8'), config)
}
