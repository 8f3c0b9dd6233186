import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { UserError } from '../../../src/errors.js'
import { parseDefinition } from '../../../src/core/definition.js'
import { parseParameterOverrides, resolveParameters } from '../../../src/core/parameters.js'
import { graphOf } from '../../../__fixtures__/graphs.js'
import { ABALONE, fixturePath } from '../../../__fixtures__/definitions.js'

const abalone = parseDefinition(readFileSync(fixturePath(ABALONE), 'utf8'))

describe('parseParameterOverrides', () => {
  it('reads a YAML mapping, keeping numbers and booleans as written', () => {
    const text =
      'XGBMaxDepth: 7\nXGBETA: 0.30\nFlag: True\nOther: false\nModelPath: "s3://b/models/"\nHex: 0x10\n'
    expect(parseParameterOverrides(text)).toEqual({
      XGBMaxDepth: '7',
      XGBETA: '0.30',
      Flag: 'True',
      Other: 'false',
      ModelPath: 's3://b/models/',
      Hex: '0x10'
    })
  })

  it('reads JSON, which is YAML', () => {
    expect(parseParameterOverrides('{"A": 1.50, "B": "x", "C": true, "D": -3}')).toEqual({
      A: '1.50',
      B: 'x',
      C: 'true',
      D: '-3'
    })
  })

  it('keeps quoted strings exactly, including ones that look like other types', () => {
    expect(parseParameterOverrides("A: '007'\nB: \"true\"\nC: ''\nD: 2026-01-01")).toEqual({
      A: '007',
      B: 'true',
      C: '',
      D: '2026-01-01'
    })
  })

  it('returns nothing for empty text or a document of comments', () => {
    expect(parseParameterOverrides('')).toEqual({})
    expect(parseParameterOverrides('  \n')).toEqual({})
    expect(parseParameterOverrides('# nothing to override\n')).toEqual({})
  })

  it('rejects nested values and nulls, naming the parameter', () => {
    expect(() => parseParameterOverrides('A: [1, 2]')).toThrow(
      'Input "parameters": parameter "A" has a list; a value must be a string, number or boolean'
    )
    expect(() => parseParameterOverrides('A:\n  b: 1')).toThrow('parameter "A" has a nested mapping')
    expect(() => parseParameterOverrides('A:\nB: 1')).toThrow('parameter "A" has no value (null)')
    expect(() => parseParameterOverrides('{"A": null}', 'input "parameters"')).toThrow(
      'input "parameters": parameter "A" has no value (null)'
    )
  })

  it('rejects documents that are not mappings, and syntax errors', () => {
    expect(() => parseParameterOverrides('- a\n- b')).toThrow(
      'Input "parameters": expected a mapping of parameter name to value (e.g. "MaxDepth: 6"), got a list'
    )
    expect(() => parseParameterOverrides('just text')).toThrow('got the string "just text"')
    expect(() => parseParameterOverrides('A: 1\nA: 2')).toThrow(
      /not valid YAML or JSON: Map keys must be unique/
    )
    expect(() => parseParameterOverrides('{"A": 1')).toThrow(UserError)
    expect(() => parseParameterOverrides('? [a, b]\n: 1')).toThrow(
      'every entry needs a parameter name as its key'
    )
  })
})

describe('resolveParameters', () => {
  const reference = { XGBMaxDepth: '5', XGBETA: '0.2', MseThreshold: '6.0', Retired: 'x' }

  it('starts from the reference values, applies overrides and reports what changed', () => {
    const resolved = resolveParameters(abalone, reference, { XGBMaxDepth: '7', XGBETA: '0.2', XGBGamma: '3' })
    expect(resolved.values).toEqual({ XGBMaxDepth: '7', XGBETA: '0.2', MseThreshold: '6.0', XGBGamma: '3' })
    expect(resolved.changes).toEqual([
      { name: 'Retired', from: 'x' },
      { name: 'XGBMaxDepth', from: '5', to: '7' },
      // no reference value: we cannot tell what the reference ran with, so it counts as a change
      { name: 'XGBGamma', to: '3' }
    ])
    expect(resolved.warnings).toEqual([
      "the reference run's parameters Retired are no longer declared by the pipeline and are not passed"
    ])
  })

  it('sends only the overrides without a reference run', () => {
    expect(resolveParameters(abalone, undefined, { XGBMaxDepth: '7' })).toEqual({
      values: { XGBMaxDepth: '7' },
      changes: [],
      warnings: []
    })
  })

  it('does not report a reference parameter without override as a change', () => {
    const resolved = resolveParameters(abalone, { XGBMaxDepth: '5' }, {})
    expect(resolved).toEqual({ values: { XGBMaxDepth: '5' }, changes: [], warnings: [] })
  })

  it('rejects an undeclared parameter with a suggestion', () => {
    expect(() => resolveParameters(abalone, reference, { XGBMaxDepht: '7' })).toThrow(
      /^Input "parameters": "XGBMaxDepht" is not a parameter of this pipeline \(did you mean "XGBMaxDepth"\?\); its parameters are ProcessingInstanceCount, /
    )
    expect(() => resolveParameters(graphOf(['A']), undefined, { X: '1' })).toThrow(
      'it declares no parameters'
    )
  })

  it('checks values against the declared type', () => {
    expect(() => resolveParameters(abalone, reference, { XGBMaxDepth: '7.5' })).toThrow(
      'Input "parameters": XGBMaxDepth is an Integer parameter; "7.5" is not a whole number (e.g. 5)'
    )
    expect(() => resolveParameters(abalone, reference, { XGBETA: 'fast' })).toThrow(
      'Input "parameters": XGBETA is a Float parameter; "fast" is not a number (e.g. 0.2)'
    )
    for (const ok of ['1', '-0.5', '.5', '1e-3', '2.']) {
      expect(resolveParameters(abalone, undefined, { XGBETA: ok }).values.XGBETA).toBe(ok)
    }
    expect(resolveParameters(abalone, undefined, { XGBMaxDepth: '+12' }).values.XGBMaxDepth).toBe('+12')
  })

  it('writes Boolean values as the SDK does and compares them case-insensitively', () => {
    const graph = graphOf(
      [{ name: 'A', reads: ['Flag'] }],
      [{ Name: 'Flag', Type: 'Boolean', DefaultValue: false }]
    )
    expect(resolveParameters(graph, undefined, { Flag: 'true' }).values).toEqual({ Flag: 'True' })
    expect(resolveParameters(graph, { Flag: 'true' }, { Flag: 'TRUE' }).changes).toEqual([])
    expect(resolveParameters(graph, { Flag: 'true' }, { Flag: 'false' }).changes).toEqual([
      { name: 'Flag', from: 'true', to: 'False' }
    ])
    expect(() => resolveParameters(graph, undefined, { Flag: 'yes' })).toThrow(
      'Input "parameters": Flag is a Boolean parameter; "yes" is not true or false'
    )
  })

  it('checks EnumValues', () => {
    const graph = graphOf(
      [{ name: 'A', reads: ['Size'] }],
      [{ Name: 'Size', Type: 'String', EnumValues: ['small', 'large'] }]
    )
    expect(resolveParameters(graph, undefined, { Size: 'large' }).values).toEqual({ Size: 'large' })
    expect(() => resolveParameters(graph, undefined, { Size: 'smal' })).toThrow(
      'Input "parameters": Size accepts only "small", "large"; got "smal" (did you mean "small"?)'
    )
  })
})
