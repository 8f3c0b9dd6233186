import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreatePipelineCommand,
  DeletePipelineCommand,
  DescribePipelineCommand,
  DescribePipelineExecutionCommand,
  ListPipelinesCommand,
  ListPipelineVersionsCommand,
  StartPipelineExecutionCommand,
  UpdatePipelineCommand,
  UpdatePipelineVersionCommand,
  type SageMakerClient
} from '@aws-sdk/client-sagemaker'
import { parseDefinition } from '../../../../src/core/definition.js'
import { startEmulator, type Emulator } from '../../../../tools/emulator/sagemaker/server.js'
import {
  ABALONE,
  allSteps,
  client,
  corpusFiles,
  corpusText,
  createPipeline,
  ROLE,
  thrown,
  token
} from '../../../../__fixtures__/emulator/sagemaker.js'

let emu: Emulator
let sm: SageMakerClient

beforeAll(async () => {
  emu = await startEmulator({ clock: 'manual', maxConcurrentExecutions: 100 })
  sm = client(emu.url)
})
afterAll(async () => emu.close())

const create = (name: string, definition: string, t = token()) =>
  sm.send(
    new CreatePipelineCommand({
      PipelineName: name,
      PipelineDefinition: definition,
      RoleArn: ROLE,
      ClientRequestToken: t
    })
  )

describe('pipelines', () => {
  it('creates, describes and refuses a second pipeline of the same name with "already exists"', async () => {
    const t = token()
    const { PipelineArn } = await create('Lifecycle', corpusText(ABALONE), t)
    expect(PipelineArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:pipeline/Lifecycle')
    expect((await create('Lifecycle', corpusText(ABALONE), t)).PipelineArn).toBe(PipelineArn)
    const again = await thrown(() => create('Lifecycle', corpusText(ABALONE)))
    expect(again.name).toBe('ValidationException')
    expect(again.message).toContain('already exists')
    const d = await sm.send(new DescribePipelineCommand({ PipelineName: 'Lifecycle' }))
    expect(d).toMatchObject({
      PipelineName: 'Lifecycle',
      PipelineStatus: 'Active',
      RoleArn: ROLE,
      PipelineDefinition: corpusText(ABALONE)
    })
  })

  it('refuses definitions the planning core cannot parse, and the service’s own rules', async () => {
    const bad = await thrown(() =>
      create(
        'Broken',
        '{"Version": "2020-12-01", "Steps": [{"Name": "A", "Type": "Training", "DependsOn": ["B"]}]}'
      )
    )
    expect(bad.name).toBe('ValidationException')
    expect(bad.message).toMatch(/^Unable to parse pipeline definition\. .*"B", which is not a step/)
    expect((await thrown(() => create('Broken', '{"Version": "2020-12-01", "Steps": ['))).message).toContain(
      'invalid JSON'
    )
    const onCondition = {
      Version: '2020-12-01',
      Steps: [
        { Name: 'Cond', Type: 'Condition', Arguments: { Conditions: [], IfSteps: [], ElseSteps: [] } },
        { Name: 'After', Type: 'Training', Arguments: {}, DependsOn: ['Cond'] }
      ]
    }
    expect((await thrown(() => create('Broken', JSON.stringify(onCondition)))).message).toContain(
      'After can not depends on Cond'
    )
  })

  it('keeps a version per changed definition, describes any of them and names them', async () => {
    await create('Versioned', corpusText(ABALONE))
    const def = JSON.parse(corpusText(ABALONE))
    def.Steps[0].Arguments.ProcessingResources.ClusterConfig.InstanceCount = 3
    const updated = await sm.send(
      new UpdatePipelineCommand({
        PipelineName: 'Versioned',
        PipelineDefinition: JSON.stringify(def),
        PipelineDescription: 'three'
      })
    )
    expect(updated.PipelineVersionId).toBe(2)
    const unchanged = await sm.send(
      new UpdatePipelineCommand({
        PipelineName: 'Versioned',
        ParallelismConfiguration: { MaxParallelExecutionSteps: 2 }
      })
    )
    expect(unchanged.PipelineVersionId).toBe(2)
    await sm.send(
      new UpdatePipelineVersionCommand({
        PipelineArn: updated.PipelineArn,
        PipelineVersionId: 2,
        PipelineVersionDisplayName: 'three-instances'
      })
    )

    const v1 = await sm.send(new DescribePipelineCommand({ PipelineName: 'Versioned', PipelineVersionId: 1 }))
    expect(v1.PipelineDefinition).toBe(corpusText(ABALONE))
    const v2 = await sm.send(new DescribePipelineCommand({ PipelineName: 'Versioned', PipelineVersionId: 2 }))
    expect(
      JSON.parse(v2.PipelineDefinition!).Steps[0].Arguments.ProcessingResources.ClusterConfig.InstanceCount
    ).toBe(3)
    expect(v2.PipelineVersionDisplayName).toBe('three-instances')
    const latest = await sm.send(new DescribePipelineCommand({ PipelineName: 'Versioned' }))
    expect(latest.PipelineDefinition).toBe(v2.PipelineDefinition)
    expect(latest.ParallelismConfiguration?.MaxParallelExecutionSteps).toBe(2)

    const { PipelineExecutionArn } = await sm.send(
      new StartPipelineExecutionCommand({
        PipelineName: 'Versioned',
        ClientRequestToken: token(),
        PipelineVersionId: 2
      })
    )
    const versions = await sm.send(new ListPipelineVersionsCommand({ PipelineName: 'Versioned' }))
    expect(versions.PipelineVersionSummaries!.map(v => v.PipelineVersionId)).toEqual([2, 1])
    expect(versions.PipelineVersionSummaries![0]!.LastExecutionPipelineExecutionArn).toBe(
      PipelineExecutionArn
    )
    const oldest = await sm.send(
      new ListPipelineVersionsCommand({ PipelineName: 'Versioned', SortOrder: 'Ascending', MaxResults: 1 })
    )
    expect(oldest.PipelineVersionSummaries!.map(v => v.PipelineVersionId)).toEqual([1])
    expect(oldest.NextToken).toBeDefined()
    const missing = await thrown(() =>
      sm.send(new DescribePipelineCommand({ PipelineName: 'Versioned', PipelineVersionId: 9 }))
    )
    expect(missing.name).toBe('ResourceNotFound')
  })

  it('lists pipelines by prefix and deletes them with their executions', async () => {
    await create('Gone-1', corpusText(ABALONE))
    await create('Gone-2', corpusText(ABALONE))
    const { PipelineExecutionArn } = await sm.send(
      new StartPipelineExecutionCommand({ PipelineName: 'Gone-1', ClientRequestToken: token() })
    )
    const listed = await sm.send(
      new ListPipelinesCommand({ PipelineNamePrefix: 'Gone', SortBy: 'Name', SortOrder: 'Ascending' })
    )
    expect(listed.PipelineSummaries!.map(p => p.PipelineName)).toEqual(['Gone-1', 'Gone-2'])
    const t = token()
    await sm.send(new DeletePipelineCommand({ PipelineName: 'Gone-1', ClientRequestToken: t }))
    await sm.send(new DeletePipelineCommand({ PipelineName: 'Gone-1', ClientRequestToken: t }))
    expect((await thrown(() => sm.send(new DescribePipelineCommand({ PipelineName: 'Gone-1' })))).name).toBe(
      'ResourceNotFound'
    )
    const run = await thrown(() => sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn })))
    expect(run.name).toBe('ResourceNotFound')
  })
})

/** The metadata member each step type reports (reference §2.4). */
const METADATA: Record<string, string> = {
  Training: 'TrainingJob',
  Processing: 'ProcessingJob',
  Transform: 'TransformJob',
  Tuning: 'TuningJob',
  Model: 'Model',
  RegisterModel: 'RegisterModel',
  Condition: 'Condition',
  Fail: 'Fail',
  Lambda: 'Lambda',
  Callback: 'Callback',
  EMR: 'EMR',
  QualityCheck: 'QualityCheck',
  ClarifyCheck: 'ClarifyCheck',
  Lineage: 'Lineage'
}

describe('every corpus definition', () => {
  const files = corpusFiles()

  it('has the 21 documents of SOURCES.md', () => {
    expect(files).toHaveLength(21)
  })

  it.each(files)('%s is created and runs to completion, its If branches taken', async file => {
    const text = corpusText(file)
    const graph = parseDefinition(text)
    const name = file
      .replace(/\.json$/, '')
      .replace(/[^a-zA-Z0-9-]/g, '-')
      .slice(0, 60)
    await createPipeline(sm, name, text)
    const conditions = [...graph.steps.values()].filter(s => s.type === 'Condition').map(s => s.name)
    emu.setScenario(name, { conditionOutcomes: Object.fromEntries(conditions.map(c => [c, true])) })
    const parameters = [...graph.parameters.values()]
      .filter(p => p.defaultValue === undefined)
      .map(p => ({ Name: p.name, Value: p.type === 'String' ? 'given' : '1' }))
    const { PipelineExecutionArn: arn } = await sm.send(
      new StartPipelineExecutionCommand({
        PipelineName: name,
        ClientRequestToken: token(),
        PipelineParameters: parameters
      })
    )
    await emu.settle()

    const elseRoots = [...graph.steps.values()].filter(s => s.branch === 'Else').map(s => s.name)
    const skipped = new Set(elseRoots.length > 0 ? graph.closure(elseRoots) : [])
    const expected = graph.topologicalOrder().filter(n => !skipped.has(n))
    const steps = await allSteps(sm, arn!)
    expect(steps.map(s => s.StepName).sort()).toEqual([...expected].sort())
    const failsOnPurpose = expected.some(n => graph.step(n).type === 'Fail')
    const described = await sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }))
    expect(described.PipelineExecutionStatus).toBe(failsOnPurpose ? 'Failed' : 'Succeeded')
    for (const step of steps) {
      const type = graph.step(step.StepName!).type
      if (METADATA[type]) expect(Object.keys(step.Metadata ?? {})).toEqual([METADATA[type]])
      expect(step.EndTime!.getTime()).toBeGreaterThanOrEqual(step.StartTime!.getTime())
      for (const parent of graph.parents(step.StepName!)) {
        const p = steps.find(s => s.StepName === parent)!
        expect(step.StartTime!.getTime()).toBeGreaterThanOrEqual(p.EndTime!.getTime())
      }
    }
  })
})
