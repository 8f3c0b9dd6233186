import { describe, expect, it } from '@jest/globals'
import { ABALONE, corpusText } from '../../__fixtures__/definitions.js'
import { goals } from '../goals.js'
import { measureDefinition, stepsRatio, type MinimalResult } from '../minimal.js'
import { render } from '../report.js'
import type { Results } from '../results.js'
import {
  combinations,
  definitionGraph,
  handGraph,
  hull,
  isConvex,
  minimalSelection,
  requiredSteps
} from '../minimal-oracle.js'

const sorted = (names: Iterable<string>): string[] => [...names].sort()

describe('the minimal-selection oracle on hand-made graphs', () => {
  // A → B, A → C, B → D, C → D
  const diamond = handGraph([
    { name: 'A' },
    { name: 'B', parents: ['A'] },
    { name: 'C', parents: ['A'] },
    { name: 'D', parents: ['B', 'C'] }
  ])

  it('diamond: a changed side step runs with its closure only', () => {
    const m = minimalSelection(diamond, ['B'])
    expect(m.selected).toEqual(['B', 'D'])
    expect(m.required).toEqual(['B', 'D'])
    expect(m.connectors).toEqual([])
    expect(m.all).toBe(false)
  })

  it('diamond: both sides are connected through their common descendant, no connector needed', () => {
    const m = minimalSelection(diamond, ['B', 'C'])
    expect(m.selected).toEqual(['B', 'C', 'D'])
    expect(m.all).toBe(false)
  })

  it('diamond: a changed source is every step, a full run', () => {
    const m = minimalSelection(diamond, ['A'])
    expect(m.all).toBe(true)
    expect(m.selected).toEqual(['A', 'B', 'C', 'D'])
    expect(m.capped).toBe(false)
  })

  it('nothing changed selects nothing', () => {
    expect(minimalSelection(diamond, [])).toEqual({
      selected: [],
      required: [],
      connectors: [],
      all: false,
      capped: false
    })
  })

  it('two lanes without a shared step: changes in both can only be a full run (proven, not capped)', () => {
    const lanes = handGraph([
      { name: 'A1' },
      { name: 'A2', parents: ['A1'] },
      { name: 'A3', parents: ['A2'] },
      { name: 'B1' },
      { name: 'B2', parents: ['B1'] },
      { name: 'B3', parents: ['B2'] }
    ])
    expect(minimalSelection(lanes, ['A2']).selected).toEqual(['A2', 'A3'])
    const both = minimalSelection(lanes, ['A2', 'B2'])
    expect(both.all).toBe(true)
    expect(both.capped).toBe(false)
    expect(both.required).toEqual(['A2', 'A3', 'B2', 'B3'])
  })

  // Root → S; S → A1 → A2 → A3; S → B1 → B2; S → C1 → C2
  const fork = handGraph([
    { name: 'Root' },
    { name: 'S', parents: ['Root'] },
    { name: 'A1', parents: ['S'] },
    { name: 'A2', parents: ['A1'] },
    { name: 'A3', parents: ['A2'] },
    { name: 'B1', parents: ['S'] },
    { name: 'B2', parents: ['B1'] },
    { name: 'C1', parents: ['S'] },
    { name: 'C2', parents: ['C1'] }
  ])

  it('connector: the common upstream step and the paths down to the changes, nothing else below it', () => {
    const m = minimalSelection(fork, ['A2', 'B2'])
    expect(m.required).toEqual(['A2', 'A3', 'B2'])
    expect(sorted(m.selected)).toEqual(sorted(['S', 'A1', 'A2', 'A3', 'B1', 'B2']))
    expect(sorted(m.connectors)).toEqual(['A1', 'B1', 'S'])
    // Not the root above the connector, not the connector's other lane (C1, C2): connectors need no closure.
    expect(m.selected).not.toContain('Root')
    expect(m.selected).not.toContain('C1')
    expect(m.all).toBe(false)
    expect(m.capped).toBe(false)
    expect(isConvex(fork, new Set(m.selected))).toBe(true)
  })

  it('connector: the search is capped by the number of seeds, and says so', () => {
    const m = minimalSelection(fork, ['A2', 'B2'], { maxSeeds: 0 })
    expect(m.all).toBe(true)
    expect(m.capped).toBe(true)
  })

  it('connector: of two connectors of one size, the cheaper one wins', () => {
    // X and Y both feed P and Q; changing P and Q needs one of them.
    const twin = handGraph([
      { name: 'X', type: 'Training' },
      { name: 'Y', type: 'Processing' },
      { name: 'P', parents: ['X', 'Y'] },
      { name: 'Q', parents: ['X', 'Y'] },
      { name: 'Z', parents: ['X'] }
    ])
    const minutes: Record<string, number> = { Training: 30, Processing: 10 }
    const types = new Map(twin.steps.map(s => [s.name, s.type]))
    const m = minimalSelection(twin, ['P', 'Q'], { cost: n => minutes[types.get(n)!] ?? 0 })
    expect(m.selected).toEqual(['Y', 'P', 'Q'])
  })

  // P → Cond; Cond: If [T1 → T2], Else [F1]; T2 → D
  const condition = handGraph([
    { name: 'P' },
    { name: 'Cond', type: 'Condition', parents: ['P'] },
    { name: 'T1', condition: 'Cond' },
    { name: 'T2', condition: 'Cond', parents: ['T1'] },
    { name: 'F1', type: 'Fail', condition: 'Cond' },
    { name: 'D', parents: ['T2'] }
  ])

  it('Condition: a changed branch step brings its Condition and the Condition closure (both branches)', () => {
    const m = minimalSelection(condition, ['T2'])
    expect(m.required).toEqual(['Cond', 'T1', 'T2', 'F1', 'D'])
    expect(m.selected).toEqual(['Cond', 'T1', 'T2', 'F1', 'D'])
    expect(m.selected).not.toContain('P')
  })

  it('Condition: a branch step used as a connector brings its Condition, without that Condition closure', () => {
    // Cond: If [X]; X → Y, X → Z (top level), and an Else branch step W the connector does not need.
    const g = handGraph([
      { name: 'Cond', type: 'Condition' },
      { name: 'X', condition: 'Cond' },
      { name: 'W', condition: 'Cond' },
      { name: 'Y', parents: ['X'] },
      { name: 'Z', parents: ['X'] },
      { name: 'Other' }
    ])
    const m = minimalSelection(g, ['Y', 'Z'])
    expect(m.required).toEqual(['Y', 'Z'])
    expect(m.selected).toEqual(['Cond', 'X', 'Y', 'Z'])
    expect(m.connectors).toEqual(['Cond', 'X'])
  })

  it('nested Conditions: every enclosing Condition is required', () => {
    const g = handGraph([
      { name: 'Outer', type: 'Condition' },
      { name: 'Inner', type: 'Condition', condition: 'Outer' },
      { name: 'Leaf', condition: 'Inner' },
      { name: 'Sibling', condition: 'Outer' },
      { name: 'Elsewhere' }
    ])
    expect(sorted(requiredSteps(g, ['Leaf']))).toEqual(['Inner', 'Leaf', 'Outer', 'Sibling'])
  })

  it('hull fills in the steps on a path between members', () => {
    expect(sorted(hull(fork, ['S', 'A3']))).toEqual(['A1', 'A2', 'A3', 'S'])
  })

  it('combinations are the k-subsets in order', () => {
    expect([...combinations(['a', 'b', 'c'], 2)]).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c']
    ])
    expect([...combinations(['a'], 0)]).toEqual([[]])
    expect([...combinations(['a'], 2)]).toEqual([])
  })
})

describe('the oracle reads raw definitions', () => {
  const definition = {
    Version: '2020-12-01',
    Parameters: [{ Name: 'Threshold', Type: 'Float', DefaultValue: 0.5 }],
    Steps: [
      { Name: 'Prep', Type: 'Processing', Arguments: {} },
      {
        Name: 'Train',
        Type: 'Training',
        Arguments: {
          Input: {
            'Std:Join': { On: '/', Values: [{ Get: 'Steps.Prep.ProcessingOutputConfig.Outputs[0]' }] }
          }
        }
      },
      { Name: 'Side', Type: 'Processing', DependsOn: ['Prep'], Arguments: {} },
      {
        Name: 'Check',
        Type: 'Condition',
        Arguments: {
          Conditions: [
            {
              Type: 'GreaterThan',
              LeftValue: { Get: 'Steps.Train.FinalMetricDataList[0]' },
              RightValue: { Get: 'Parameters.Threshold' }
            }
          ],
          IfSteps: [{ Name: 'Register', Type: 'RegisterModel', Arguments: { M: { Get: 'Steps.Side.X' } } }],
          ElseSteps: [{ Name: 'Stop', Type: 'Fail', Arguments: {} }]
        }
      }
    ]
  }
  const g = definitionGraph(definition)

  it('has every step, branches included, with DependsOn, property and Condition edges', () => {
    expect(g.steps.map(s => s.name)).toEqual(['Prep', 'Train', 'Side', 'Check', 'Register', 'Stop'])
    expect(sorted(g.parents.get('Train')!)).toEqual(['Prep'])
    expect(sorted(g.parents.get('Side')!)).toEqual(['Prep'])
    // The branch step's own reference is its own edge, not the Condition's.
    expect(sorted(g.parents.get('Check')!)).toEqual(['Train'])
    expect(sorted(g.parents.get('Register')!)).toEqual(['Check', 'Side'])
    expect(sorted(g.parents.get('Stop')!)).toEqual(['Check'])
    expect(g.steps.find(s => s.name === 'Stop')!.condition).toBe('Check')
  })

  it('knows which steps read a parameter', () => {
    expect(g.readers.get('Threshold')).toEqual(['Check'])
  })

  it('accepts the JSON text too', () => {
    expect(definitionGraph(JSON.stringify(definition)).steps.length).toBe(6)
  })
})

describe('the minimal section', () => {
  it('abalone: the action never runs fewer steps than the oracle requires, and neutral edits run nothing', () => {
    const cases = measureDefinition(ABALONE, corpusText(ABALONE), {
      pairsPerDefinition: 20,
      neutralStepsPerEdit: 0
    })
    expect(cases.length).toBeGreaterThan(20)
    expect(cases.filter(c => c.missing.length > 0)).toEqual([])
    for (const c of cases.filter(c => c.kind === 'neutral')) {
      expect(c.minimal).toEqual([])
      expect(c.action).toEqual([])
    }
    const file = cases.find(c => c.kind === 'file')!
    expect(file.action).toEqual(file.minimal)
  })

  it('@step re-upsert with unchanged files runs nothing', () => {
    const name = 'idea-to-production-step-decorator-describe.json'
    const cases = measureDefinition(name, corpusText(name), { pairsPerDefinition: 0, neutralStepsPerEdit: 1 })
    const upsert = cases.filter(c => c.kind === 'step-reupsert')
    expect(upsert).toHaveLength(1)
    expect(upsert[0]!.action).toEqual([])
    expect(upsert[0]!.minimal).toEqual([])
  })

  it('ratio: 1 when nothing is needed and nothing runs, undefined (pure excess) when only the action runs', () => {
    expect(stepsRatio(0, 0)).toBe(1)
    expect(stepsRatio(3, 0)).toBeUndefined()
    expect(stepsRatio(6, 4)).toBe(1.5)
  })
})

describe('the minimal goal', () => {
  const sums = {
    cases: 2,
    actionSteps: 3,
    minimalSteps: 4,
    ratio: 0.75,
    excessCases: 0,
    actionMinutes: 10,
    minimalMinutes: 20,
    fullMinutes: 40
  }
  const result = (violations: MinimalResult['violations']): Results => ({
    mode: 'quick',
    startedAt: '',
    seconds: 0,
    sectionSeconds: {},
    node: 'v20',
    platform: 'linux-x64',
    cpus: 2,
    goals: [],
    minimal: {
      definitions: 1,
      cases: 2,
      settings: { pairsPerDefinition: 20, neutralStepsPerEdit: 0 },
      stepMinutes: { Training: 30 },
      rows: [{ definition: 'd.json', kind: 'file', ...sums }],
      kinds: [{ kind: 'file', ...sums }],
      total: sums,
      violations,
      capped: [],
      problems: []
    }
  })

  it('fails the bench only when the action runs fewer steps than the oracle requires, and says so loudly', () => {
    const unsound = result([
      { definition: 'd.json', kind: 'file', label: 'file B', missing: ['C'], action: ['B'] }
    ])
    const [goal] = goals(unsound)
    expect(goal!.badlyMissed).toBe(true)
    expect(goal!.note).toContain('UNSOUND')
    expect(render({ ...unsound, goals: [goal!] }).join('\n')).toContain(
      '✗ d.json file file B: missing C (ran B)'
    )

    const sound = goals(result([]))[0]!
    expect(sound.badlyMissed).toBe(false)
    expect(sound.met).toBe(true)
  })
})
