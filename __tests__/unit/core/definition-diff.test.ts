/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit parsed JSON documents freely */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { parseDefinition } from '../../../src/core/definition.js'
import { MAX_PATHS, diffDefinitions } from '../../../src/core/definition-diff.js'
import { definitionOf } from '../../../__fixtures__/graphs.js'
import { CORPUS_DIR } from '../../../__fixtures__/definitions.js'

const CORPUS = CORPUS_DIR
const abaloneText = readFileSync(`${CORPUS}/aws-examples-selective-execution-abalone.json`, 'utf8')

type Doc = {
  Parameters: Array<Record<string, unknown>>
  PipelineExperimentConfig: Record<string, unknown>
  Steps: Array<Record<string, any>>
}
const abalone = (): Doc => JSON.parse(abaloneText) as Doc

/** Diffs a reference document against an edited copy of it. */
function diffAfter(edit: (doc: Doc) => void, withDocs = true) {
  const before = abalone()
  const after = abalone()
  edit(after)
  return withDocs
    ? diffDefinitions(parseDefinition(before), parseDefinition(after), before, after)
    : diffDefinitions(parseDefinition(before), parseDefinition(after))
}

const step = (doc: Doc, name: string): Record<string, any> => {
  const all = [...doc.Steps, ...doc.Steps[3]!.Arguments.IfSteps, ...doc.Steps[3]!.Arguments.ElseSteps]
  return all.find(s => s.Name === name)!
}

describe('diffDefinitions', () => {
  it('finds no difference between a definition and itself, for every corpus file', () => {
    for (const file of readdirSync(CORPUS).filter(f => f.endsWith('.json'))) {
      const text = readFileSync(`${CORPUS}/${file}`, 'utf8')
      const diff = diffDefinitions(
        parseDefinition(text),
        parseDefinition(text),
        JSON.parse(text),
        JSON.parse(text)
      )
      expect({ file, diff }).toEqual({ file, diff: { steps: [], pipeline: [] } })
    }
  })

  it('reports the JSON paths of changed leaves', () => {
    const diff = diffAfter(doc => {
      step(doc, 'Abalone-Train').Arguments.HyperParameters.max_depth = '7'
      step(doc, 'Abalone-Preprocess').Arguments.ProcessingInputs[1].S3Input.S3Uri = 's3://bucket/code/new.py'
      step(doc, 'Abalone-Evaluate').Arguments.AppSpecification.ImageUri = 'example/sklearn:2'
    })
    expect(diff.steps).toEqual([
      {
        step: 'Abalone-Preprocess',
        change: 'changed',
        paths: ['Arguments.ProcessingInputs[1].S3Input.S3Uri']
      },
      { step: 'Abalone-Train', change: 'changed', paths: ['Arguments.HyperParameters.max_depth'] },
      { step: 'Abalone-Evaluate', change: 'changed', paths: ['Arguments.AppSpecification.ImageUri'] }
    ])
    expect(diff.pipeline).toEqual([])
  })

  it('ignores key order, reports cosmetic keys as neutral, and compares arrays by position', () => {
    const reordered = diffAfter(doc => {
      const train = step(doc, 'Abalone-Train')
      doc.Steps[1] = Object.fromEntries(Object.entries(train).reverse())
    })
    expect(reordered.steps).toEqual([])
    const cosmetic = diffAfter(doc => {
      step(doc, 'Abalone-Train').DisplayName = 'Train the model'
      step(doc, 'Abalone-Train').Description = 'now with a description'
    })
    expect(cosmetic.steps).toEqual([
      { step: 'Abalone-Train', change: 'neutral', paths: [], neutral: ['Description', 'DisplayName'] }
    ])
    const swapped = diffAfter(doc => step(doc, 'Abalone-Train').Arguments.InputDataConfig.reverse())
    expect(swapped.steps).toHaveLength(1)
    expect(swapped.steps[0]!.paths).toContain('Arguments.InputDataConfig[0].ChannelName')
    expect(swapped.steps[0]!.paths).toContain(
      'Arguments.InputDataConfig[1].DataSource.S3DataSource.S3Uri.Get'
    )
  })

  it('reports a step that moved to the other branch, and leaves its Condition alone', () => {
    const diff = diffAfter(doc => {
      const args = doc.Steps[3]!.Arguments
      args.IfSteps.push(args.ElseSteps.pop())
    })
    expect(diff.steps).toEqual([
      {
        step: 'Abalone-FailNotify',
        change: 'changed',
        paths: ['(moved from ElseSteps of Abalone-MSECheck to IfSteps of Abalone-MSECheck)']
      }
    ])
    const out = diffAfter(doc => {
      doc.Steps.push(doc.Steps[3]!.Arguments.ElseSteps.pop())
    })
    expect(out.steps[0]!.paths).toEqual(['(moved from ElseSteps of Abalone-MSECheck to the top level)'])
  })

  it('compares a Condition without its branch steps, and branch steps on their own', () => {
    const diff = diffAfter(doc => {
      step(doc, 'Abalone-FailNotify').Arguments.ErrorMessage = 'changed'
      doc.Steps[3]!.Arguments.Conditions[0].RightValue = 5
    })
    expect(diff.steps.map(s => [s.step, s.paths])).toEqual([
      ['Abalone-MSECheck', ['Arguments.Conditions[0].RightValue']],
      ['Abalone-FailNotify', ['Arguments.ErrorMessage']]
    ])
  })

  it('lists added steps in topological order and removed steps last', () => {
    const diff = diffAfter(doc => {
      doc.Steps[3]!.Arguments.IfSteps.pop()
      doc.Steps.unshift({ Name: 'Abalone-Check-Data', Type: 'Processing', Arguments: {} })
    })
    expect(diff.steps).toEqual([
      { step: 'Abalone-Check-Data', change: 'added', paths: [] },
      { step: 'Abalone-CreateModel-CreateModel', change: 'removed', paths: [] }
    ])
  })

  it('reports missing and extra keys and array elements at their own path', () => {
    const before = definitionOf([{ name: 'A', args: { Env: { 'a.b': '1', KEEP: 'x' }, List: [1, 2] } }])
    const after = definitionOf([
      { name: 'A', args: { Env: { 'a.b': '2', KEEP: 'x', NEW: 'y' }, List: [1, 2, 3] }, after: [] }
    ])
    const diff = diffDefinitions(parseDefinition(before), parseDefinition(after))
    expect(diff.steps[0]!.paths).toEqual(['Arguments.Env.NEW', 'Arguments.Env["a.b"]', 'Arguments.List[2]'])
  })

  it(`caps the paths of one step at ${MAX_PATHS}`, () => {
    const many = Object.fromEntries(
      Array.from({ length: 26 }, (_, i) => [`k${String(i).padStart(2, '0')}`, i])
    )
    const before = definitionOf([{ name: 'A', args: { HyperParameters: many } }])
    const after = definitionOf([
      {
        name: 'A',
        args: { HyperParameters: Object.fromEntries(Object.entries(many).map(([k, v]) => [k, v + 1])) }
      }
    ])
    const paths = diffDefinitions(parseDefinition(before), parseDefinition(after)).steps[0]!.paths
    expect(paths).toHaveLength(MAX_PATHS + 1)
    expect(paths[0]).toBe('Arguments.HyperParameters.k00')
    expect(paths[MAX_PATHS]).toBe('…and 6 more')
  })

  it('compares pipeline-level keys, Parameters by name', () => {
    const diff = diffAfter(doc => {
      doc.Parameters.reverse()
      doc.Parameters.find(p => p.Name === 'XGBMaxDepth')!.DefaultValue = 7
      doc.Parameters.push({ Name: 'NewParam', Type: 'String' })
      doc.Parameters = doc.Parameters.filter(p => p.Name !== 'ApprovalStatus')
      doc.PipelineExperimentConfig.ExperimentName = 'Other'
    })
    expect(diff.steps).toEqual([])
    expect(diff.pipeline).toEqual([
      'Parameters.ApprovalStatus',
      'Parameters.NewParam',
      'Parameters.XGBMaxDepth.DefaultValue',
      'PipelineExperimentConfig.ExperimentName'
    ])
    expect(diffAfter(doc => (doc.PipelineExperimentConfig.ExperimentName = 'Other'), false).pipeline).toEqual(
      []
    )
  })

  it('falls back to positions when Parameters are not a list of named objects', () => {
    const before = { ...definitionOf(['A']), Parameters: 'oops', Metadata: { team: 'a' } }
    const after = { ...definitionOf(['A']), Parameters: [{ Name: 'P' }], Metadata: { team: 'b' } }
    const diff = diffDefinitions(
      parseDefinition(definitionOf(['A'])),
      parseDefinition(definitionOf(['A'])),
      before,
      after
    )
    expect(diff.pipeline).toEqual(['Metadata.team', 'Parameters'])
  })
})
