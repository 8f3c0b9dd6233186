import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { StartPipelineExecutionCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker'
import {
  seededExecutionArn,
  startEmulator,
  type Emulator
} from '../../../../tools/emulator/sagemaker/server.js'
import { client, corpusText, thrown, token } from '../../../../__fixtures__/emulator/sagemaker.js'
import { parseDefinition } from '../../../../src/core/definition.js'
import { planSelection } from '../../../../src/core/planner.js'
import type { PlanRequest } from '../../../../src/core/types.js'
import { recordOf } from '../../../../__fixtures__/graphs.js'

/**
 * The planner's joined selections against the emulator's two readings of "connected" ([U] §1.1): a
 * selection joined through a common upstream step is accepted whether or not the service enforces
 * connectivity, while the unjoined one (what the planner would send without connectors) is refused
 * by the strict reading. Whichever reading the real service has, the plan starts.
 */
const TUNING = 'TuningPipeline'
const text = corpusText('aws-examples-tuning-step-hpo.json')
const graph = parseDefinition(text, 'tuning')

let emu: Emulator
let sm: SageMakerClient
beforeAll(async () => {
  emu = await startEmulator({
    clock: 'manual',
    seed: {
      pipelines: [{ name: TUNING, definition: text, executions: [{ status: 'Succeeded', createdAt: '-1d' }] }]
    }
  })
  sm = client(emu.url)
})
afterAll(async () => emu.close())

const start = async (steps: string[]): Promise<string> => {
  const out = await sm.send(
    new StartPipelineExecutionCommand({
      PipelineName: TUNING,
      ClientRequestToken: token(),
      SelectiveExecutionConfig: {
        SelectedSteps: steps.map(StepName => ({ StepName })),
        SourcePipelineExecutionArn: seededExecutionArn(TUNING, 0)
      }
    })
  )
  return out.PipelineExecutionArn!
}

function plan(changed: string[]) {
  const request: PlanRequest = {
    graph,
    changes: { files: [], complete: true },
    selection: 'affected',
    seeds: Object.fromEntries(changed.map(step => [step, [{ kind: 'definition', paths: ['Arguments'] }]])),
    downstream: true,
    reference: recordOf(
      seededExecutionArn(TUNING, 0),
      Object.fromEntries(graph.topologicalOrder().map(n => [n, 'Succeeded']))
    )
  }
  return planSelection(request)
}

describe('joined selections under both readings of the connectivity rule', () => {
  const joined = plan(['CreateTopModel', 'EvaluateTopModel'])
  const unjoined = joined.selected.filter(s => s !== 'HPTuning')

  it('the planner joins CreateTopModel and EvaluateTopModel through HPTuning: 5 of 7 steps', () => {
    expect(joined.fullRun).toBe(false)
    expect(joined.selected).toHaveLength(5)
    expect(joined.reasons.HPTuning!.map(r => r.kind)).toEqual(['connects'])
  })

  it('strict reading (requireConnected): the joined selection starts, the unjoined one is refused', async () => {
    emu.configure({ requireConnected: true })
    await expect(start(joined.selected)).resolves.toContain('/execution/')
    const error = await thrown(() => start(unjoined))
    expect(error.name).toBe('ValidationException')
    expect(error.message).toContain('must be connected')
  })

  it('lax reading: both start', async () => {
    emu.configure({ requireConnected: false })
    try {
      await expect(start(joined.selected)).resolves.toContain('/execution/')
      await expect(start(unjoined)).resolves.toContain('/execution/')
    } finally {
      emu.configure({ requireConnected: true })
    }
  })
})
