/**
 * Shared set-up for the SageMaker emulator tests: a real SDK client pointed at the emulator, the
 * public definition corpus, and small helpers that read an execution the way a user of the SDK would.
 */
import {
  CreatePipelineCommand,
  ListPipelineExecutionStepsCommand,
  SageMakerClient,
  type PipelineExecutionStep
} from '@aws-sdk/client-sagemaker'

export const ROLE = 'arn:aws:iam::123456789012:role/SageMakerPipelineRole'

export { ABALONE, CORPUS_DIR, corpusFiles, corpusText } from '../definitions.js'

export function client(url: string, maxAttempts = 1): SageMakerClient {
  return new SageMakerClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts
  })
}

let tokens = 0
/** A ClientRequestToken of valid length, unique per call. */
export function token(): string {
  tokens++
  return `test-token-${String(tokens).padStart(8, '0')}-${Date.now()}-abcdefgh`
}

export async function createPipeline(sm: SageMakerClient, name: string, definition: string): Promise<string> {
  const out = await sm.send(
    new CreatePipelineCommand({
      PipelineName: name,
      PipelineDefinition: definition,
      RoleArn: ROLE,
      ClientRequestToken: token()
    })
  )
  return out.PipelineArn!
}

/** Every step entry of an execution, following NextToken. */
export async function allSteps(sm: SageMakerClient, arn: string): Promise<PipelineExecutionStep[]> {
  const out: PipelineExecutionStep[] = []
  let next: string | undefined
  do {
    const page = await sm.send(
      new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn, NextToken: next, MaxResults: 100 })
    )
    out.push(...(page.PipelineExecutionSteps ?? []))
    next = page.NextToken
  } while (next)
  return out
}

export function byName(steps: PipelineExecutionStep[]): Map<string, PipelineExecutionStep> {
  return new Map(steps.map(s => [s.StepName!, s]))
}

/** Runs an async call and returns what it threw (fails the test if it did not throw). */
export async function thrown(
  call: () => Promise<unknown>
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await call()
  } catch (error) {
    return error as Error & { $metadata?: { httpStatusCode?: number } }
  }
  throw new Error('expected the call to fail, but it succeeded')
}
