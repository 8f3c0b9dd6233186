import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { UserError } from '../../../src/errors.js'
import { parseDefinition } from '../../../src/core/definition.js'
import { sameValue } from '../../../src/core/freshness.js'
import { defaultText, parseParameterOverrides, runParameters } from '../../../src/core/parameters.js'
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

describe('parseParameterOverrides: any parameter name', () => {
  it('keeps names an ordinary object would swallow (__proto__, constructor, toString, hasOwnProperty)', () => {
    const text = '__proto__: 1\nconstructor: x\ntoString: "y"\nhasOwnProperty: true\nvalueOf: 0.50'
    const parsed = parseParameterOverrides(text)
    expect(Object.getPrototypeOf(parsed)).toBeNull()
    expect(Object.entries(parsed)).toEqual([
      ['__proto__', '1'],
      ['constructor', 'x'],
      ['toString', 'y'],
      ['hasOwnProperty', 'true'],
      ['valueOf', '0.50']
    ])
    expect(Object.entries(parseParameterOverrides('{"__proto__": "a", "constructor": 3}'))).toEqual([
      ['__proto__', 'a'],
      ['constructor', '3']
    ])
  })

  it('has no inherited names: an empty text yields nothing for toString or constructor either', () => {
    const parsed = parseParameterOverrides('A: 1')
    expect('toString' in parsed).toBe(false)
    expect('constructor' in parsed).toBe(false)
  })
})

describe('runParameters', () => {
  /** Every parameter abalone declares, with its default as the service would pass it. */
  const defaults = new Map([
    ['ProcessingInstanceCount', '1'],
    ['ProcessingInstanceType', 'ml.c5.xlarge'],
    ['TrainingInstanceCount', '1'],
    ['TrainingInstanceType', 'ml.c5.xlarge'],
    ['XGBNumRounds', '50'],
    ['XGBMaxDepth', '5'],
    ['XGBETA', '0.2'],
    ['XGBGamma', '4'],
    ['XGBMinChildWeight', '6'],
    ['XGBSubSample', '0.7'],
    ['ModelPath', 's3://sagemaker-us-east-1-681580474417/Abalone/models/'],
    ['ApprovalStatus', 'PendingManualApproval'],
    ['InputData', 's3://sagemaker-us-east-1-681580474417/sample-dataset/abalone/abalone.csv'],
    ['MseThreshold', '6']
  ])

  it('sends only the overrides; the run sees every default plus the overrides', () => {
    const run = runParameters(abalone, { XGBMaxDepth: '7', ModelPath: 's3://b/m/' })
    expect(run.send).toEqual(
      new Map([
        ['XGBMaxDepth', '7'],
        ['ModelPath', 's3://b/m/']
      ])
    )
    expect(run.values).toEqual(new Map([...defaults, ['XGBMaxDepth', '7'], ['ModelPath', 's3://b/m/']]))
    expect(run.warnings).toEqual([])
    expect(runParameters(abalone, {})).toEqual({ send: new Map(), values: defaults, warnings: [] })
  })

  it('leaves out a parameter with neither a default nor an override', () => {
    const graph = graphOf(
      [{ name: 'A', reads: ['Bare', 'Set'] }],
      [{ Name: 'Bare' }, { Name: 'Set', DefaultValue: 'd' }]
    )
    expect(runParameters(graph, {}).values).toEqual(new Map([['Set', 'd']]))
    expect(runParameters(graph, { Bare: '' }).values).toEqual(
      new Map([
        ['Bare', ''],
        ['Set', 'd']
      ])
    )
  })

  it('continues a resumed run’s values, overrides winning, and drops what is no longer declared', () => {
    const resumed = new Map([
      ['XGBMaxDepth', '9'],
      ['XGBETA', '0.3'],
      ['Retired', 'x'],
      ['Gone', 'y'],
      ['MseThreshold', '6.0']
    ])
    const run = runParameters(abalone, { XGBETA: '0.5' }, resumed)
    expect(run.send).toEqual(
      new Map([
        ['XGBMaxDepth', '9'],
        ['MseThreshold', '6.0'],
        ['XGBETA', '0.5']
      ])
    )
    expect(run.values).toEqual(
      new Map([...defaults, ['XGBMaxDepth', '9'], ['MseThreshold', '6.0'], ['XGBETA', '0.5']])
    )
    expect(run.warnings).toEqual([
      "the resumed run's parameters Retired, Gone are no longer declared by the pipeline and are not passed"
    ])
  })

  it('checks a resumed run’s values against the declarations that will run, unless overridden', () => {
    const resumed = new Map([['XGBMaxDepth', '7.5']])
    expect(() => runParameters(abalone, {}, resumed)).toThrow(UserError)
    expect(() => runParameters(abalone, {}, resumed)).toThrow(
      /^The resumed run's value.*XGBMaxDepth.*Integer parameter; "7\.5" is not a whole number \(e\.g\. 5\) \(pass another in the parameters input\)$/
    )
    // An override replaces the invalid value: nothing to complain about.
    expect(runParameters(abalone, { XGBMaxDepth: '8' }, resumed).send).toEqual(
      new Map([['XGBMaxDepth', '8']])
    )

    const graph = graphOf(
      [{ name: 'A', reads: ['Flag', 'Size'] }],
      [
        { Name: 'Flag', Type: 'Boolean', DefaultValue: false },
        { Name: 'Size', Type: 'String', EnumValues: ['small', 'large'] }
      ]
    )
    expect(runParameters(graph, {}, new Map([['Flag', 'true']])).send).toEqual(new Map([['Flag', 'True']]))
    expect(() => runParameters(graph, {}, new Map([['Size', 'huge']]))).toThrow(
      /^The resumed run's value.*Size.*accepts only "small", "large"; got "huge" \(pass another in the parameters input\)$/
    )
  })

  it('rejects an undeclared parameter with a suggestion', () => {
    expect(() => runParameters(abalone, { XGBMaxDepht: '7' })).toThrow(UserError)
    expect(() => runParameters(abalone, { XGBMaxDepht: '7' })).toThrow(
      /^Input "parameters": "XGBMaxDepht" is not a parameter of this pipeline \(did you mean "XGBMaxDepth"\?\); its parameters are ProcessingInstanceCount, /
    )
    expect(() => runParameters(graphOf(['A']), { X: '1' })).toThrow(
      'Input "parameters": "X" is not a parameter of this pipeline; it declares no parameters'
    )
  })

  it('caps a long undeclared name in the message', () => {
    const name = 'P'.repeat(5000)
    let message = ''
    try {
      runParameters(graphOf(['A']), { [name]: '1' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('… (5000 characters)')
    expect(message.length).toBeLessThan(400)
  })

  it('checks values against the declared type', () => {
    expect(() => runParameters(abalone, { XGBMaxDepth: '7.5' })).toThrow(UserError)
    expect(() => runParameters(abalone, { XGBMaxDepth: '7.5' })).toThrow(
      /^Input "parameters": .*XGBMaxDepth is an Integer parameter; "7\.5" is not a whole number \(e\.g\. 5\)$/
    )
    expect(() => runParameters(abalone, { XGBETA: 'fast' })).toThrow(
      /^Input "parameters": .*XGBETA is a Float parameter; "fast" is not a number \(e\.g\. 0\.2\)$/
    )
    expect(() => runParameters(abalone, { XGBETA: '' })).toThrow('is not a number')
    for (const ok of ['1', '-0.5', '.5', '1e-3', '2.']) {
      expect(runParameters(abalone, { XGBETA: ok }).send.get('XGBETA')).toBe(ok)
    }
    expect(runParameters(abalone, { XGBMaxDepth: '+12' }).send.get('XGBMaxDepth')).toBe('+12')
  })

  it('writes Boolean values as the SDK does', () => {
    const graph = graphOf(
      [{ name: 'A', reads: ['Flag'] }],
      [{ Name: 'Flag', Type: 'Boolean', DefaultValue: false }]
    )
    expect(runParameters(graph, {}).values).toEqual(new Map([['Flag', 'False']]))
    expect(runParameters(graph, { Flag: 'true' }).send).toEqual(new Map([['Flag', 'True']]))
    expect(runParameters(graph, { Flag: 'FALSE' }).send).toEqual(new Map([['Flag', 'False']]))
    expect(() => runParameters(graph, { Flag: 'yes' })).toThrow(
      /^Input "parameters": .*Flag is a Boolean parameter; "yes" is not true or false$/
    )
  })

  it('checks EnumValues', () => {
    const graph = graphOf(
      [{ name: 'A', reads: ['Size'] }],
      [{ Name: 'Size', Type: 'String', EnumValues: ['small', 'large'] }]
    )
    expect(runParameters(graph, { Size: 'large' }).send).toEqual(new Map([['Size', 'large']]))
    expect(() => runParameters(graph, { Size: 'smal' })).toThrow(
      /^Input "parameters": .*Size accepts only "small", "large"; got "smal" \(did you mean "small"\?\)$/
    )
  })

  // The parameter is named once, for an override and for a resumed value alike.
  it('names the parameter once in a type error', () => {
    expect(() => runParameters(abalone, { XGBMaxDepth: '7.5' })).toThrow(
      'Input "parameters": XGBMaxDepth is an Integer parameter; "7.5" is not a whole number (e.g. 5)'
    )
  })

  it('passes parameters named __proto__, constructor or toString from the input to the run', () => {
    const graph = graphOf(
      [{ name: 'A', reads: ['__proto__', 'constructor', 'toString'] }],
      [
        { Name: '__proto__', Type: 'Integer', DefaultValue: 0 },
        { Name: 'constructor', Type: 'String' },
        { Name: 'toString', Type: 'Boolean', DefaultValue: false }
      ]
    )
    const overrides = parseParameterOverrides('__proto__: 7\nconstructor: build\ntoString: TRUE')
    const run = runParameters(graph, overrides)
    const expected = new Map([
      ['__proto__', '7'],
      ['constructor', 'build'],
      ['toString', 'True']
    ])
    expect(run.send).toEqual(expected)
    expect(run.values).toEqual(expected)
    // Resuming with one of them continued and another overridden.
    const resumed = runParameters(
      graph,
      parseParameterOverrides('constructor: b2'),
      new Map([['__proto__', '3']])
    )
    expect(resumed.send).toEqual(
      new Map([
        ['__proto__', '3'],
        ['constructor', 'b2']
      ])
    )
    // A pipeline that does not declare them refuses them like any other name.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(() => runParameters(abalone, parseParameterOverrides(`${name}: 1`))).toThrow(
        `Input "parameters": "${name}" is not a parameter of this pipeline`
      )
    }
  })
})

describe('defaultText', () => {
  it('writes a default as the service passes it', () => {
    expect(defaultText({ name: 'B', type: 'Boolean', defaultValue: true })).toBe('True')
    expect(defaultText({ name: 'B', type: 'Boolean', defaultValue: false })).toBe('False')
    expect(defaultText({ name: 'F', type: 'Float', defaultValue: 0.25 })).toBe('0.25')
    expect(defaultText({ name: 'I', type: 'Integer', defaultValue: 0 })).toBe('0')
    expect(defaultText({ name: 'S', type: 'String', defaultValue: '' })).toBe('')
    expect(defaultText({ name: 'S', type: 'String' })).toBeUndefined()
  })
})

describe('sameValue (freshness: is a parameter value the one the producing run had?)', () => {
  const def = (type: 'String' | 'Integer' | 'Float' | 'Boolean') => ({ name: 'P', type })

  it('compares Booleans ignoring case and surrounding space', () => {
    expect(sameValue(def('Boolean'), 'true', 'True')).toBe(true)
    expect(sameValue(def('Boolean'), 'FALSE ', 'False')).toBe(true)
    expect(sameValue(def('Boolean'), 'True', 'False')).toBe(false)
  })

  it('compares Integers and Floats as numbers', () => {
    expect(sameValue(def('Integer'), '6', '6.0')).toBe(true)
    expect(sameValue(def('Integer'), ' 6', '+6')).toBe(true)
    expect(sameValue(def('Integer'), '6', '7')).toBe(false)
    expect(sameValue(def('Float'), '0.70', '0.7')).toBe(true)
    expect(sameValue(def('Float'), '1e1', '10')).toBe(true)
    expect(sameValue(def('Float'), '0.1', '0.10000001')).toBe(false)
    // An empty text is no number (Number('') is 0), and what is no number equals nothing.
    expect(sameValue(def('Integer'), '', '0')).toBe(false)
    expect(sameValue(def('Float'), '0', ' ')).toBe(false)
    expect(sameValue(def('Float'), 'abc', 'abc')).toBe(false)
  })

  it('compares Strings, and parameters head no longer declares, as exact text', () => {
    expect(sameValue(def('String'), 'a', 'a')).toBe(true)
    expect(sameValue(def('String'), 'a', 'A')).toBe(false)
    expect(sameValue(def('String'), '6', '6.0')).toBe(false)
    expect(sameValue(def('String'), 'a', 'a ')).toBe(false)
    expect(sameValue(undefined, 'true', 'True')).toBe(false)
  })

  it('equals an absent value only to an absent one', () => {
    expect(sameValue(def('String'), undefined, undefined)).toBe(true)
    expect(sameValue(def('String'), undefined, '')).toBe(false)
    expect(sameValue(def('Integer'), '0', undefined)).toBe(false)
  })
})

// Each case below pins a rule a mutant of parameters.ts got past the tests with (npm run mutate).
describe('parameters: edges that mutation testing found untested', () => {
  const typed = graphOf(
    [{ name: 'A', reads: ['N', 'F', 'B'] }],
    [
      { Name: 'N', Type: 'Integer', DefaultValue: 1 },
      { Name: 'F', Type: 'Float', DefaultValue: 0.5 },
      { Name: 'B', Type: 'Boolean', DefaultValue: true }
    ]
  )

  it('a scalar document is refused, a null one is nothing', () => {
    expect(() => parseParameterOverrides('5')).toThrow('got the number 5')
    expect(() => parseParameterOverrides('true')).toThrow('got the boolean true')
    expect(parseParameterOverrides('~')).toEqual({})
    expect(parseParameterOverrides('null')).toEqual({})
  })

  it('numeric and boolean keys are parameter names, as written', () => {
    expect(parseParameterOverrides('1.50: a\n7: b\ntrue: c\n0x1F: d')).toEqual({
      '1.50': 'a',
      '7': 'b',
      true: 'c',
      '0x1F': 'd'
    })
  })

  it('a null key is refused, naming what it got', () => {
    expect(() => parseParameterOverrides('~: 1')).toThrow(
      'Input "parameters": every entry needs a parameter name as its key, got no value (null)'
    )
  })

  it('a value written with surrounding space in flow style keeps its source text', () => {
    expect(parseParameterOverrides('{A:  1.0 , B: 010}')).toEqual({ A: '1.0', B: '010' })
  })

  it('accepts typed values with surrounding space, sending them as given (Booleans normalised)', () => {
    expect(runParameters(typed, { N: ' 5 ' }).send.get('N')).toBe(' 5 ')
    expect(runParameters(typed, { F: ' 0.25 ' }).send.get('F')).toBe(' 0.25 ')
    expect(runParameters(typed, { B: ' TRUE ' }).send.get('B')).toBe('True')
    expect(runParameters(typed, { B: ' false' }).send.get('B')).toBe('False')
  })

  it('a resumed run whose values are all still declared gives no warning', () => {
    const resumed = new Map([
      ['N', '3'],
      ['B', 'False']
    ])
    const out = runParameters(typed, {}, resumed)
    expect(out.warnings).toEqual([])
    expect(out.send).toEqual(resumed)
  })

  it('caps a long bad value in the message at 200 characters, saying its length', () => {
    const long = 'x'.repeat(250)
    expect(() => runParameters(typed, { N: long })).toThrow(
      `Input "parameters": N is an Integer parameter; "${'x'.repeat(200)}… (250 characters)" is not a whole number (e.g. 5)`
    )
    const exact = 'y'.repeat(200)
    expect(() => runParameters(typed, { N: exact })).toThrow(`"${exact}" is not a whole number`)
  })
})
