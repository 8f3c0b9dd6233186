import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import picomatch from 'picomatch'
import { GlobSet, globProblem } from '../../../src/core/glob-set.js'

/** What picomatch itself says, one glob at a time: the index must agree with it exactly. */
function naive(globs: string[], file: string): number[] {
  return globs.flatMap((g, i) =>
    picomatch(g.startsWith('./') ? g.slice(2) : g, { dot: true })(file) ? [i] : []
  )
}

function indexed(set: GlobSet, file: string): number[] {
  const out: number[] = []
  set.matches(file, out)
  return out.sort((a, b) => a - b)
}

const globSegments = [
  'a',
  'b',
  'c.py',
  'd.md',
  '.env',
  'x.tar.gz',
  '*',
  '**',
  '*.py',
  '?',
  '[ab]',
  '[!a]*',
  '{a,b}',
  '@(a|c.py)',
  '*.{md,py}',
  'a*',
  '+(a|b)',
  '!(a)',
  '*.md',
  'x.*',
  '\\*'
]
const fileSegments = ['a', 'b', 'c.py', 'd.md', '.env', 'x.tar.gz', 'ab', 'a.py', '*', 'x.md', 'b.c']

const glob = fc
  .array(fc.constantFrom(...globSegments), { minLength: 1, maxLength: 4 })
  .chain(parts => fc.constantFrom(parts.join('/'), `./${parts.join('/')}`))
  .filter(g => globProblem(g) === undefined)
const file = fc.array(fc.constantFrom(...fileSegments), { minLength: 1, maxLength: 5 }).map(p => p.join('/'))

describe('GlobSet', () => {
  test('agrees with picomatch on every glob and file (property)', () => {
    fc.assert(
      fc.property(
        fc.array(glob, { minLength: 1, maxLength: 25 }),
        fc.array(file, { minLength: 1, maxLength: 25 }),
        (globs, files) => {
          const set = new GlobSet(globs)
          for (const f of files) {
            const expected = naive(globs, f)
            expect(indexed(set, f)).toEqual(expected)
            expect(set.any(f)).toBe(expected.length > 0)
            expect(set.first(f)).toBe(expected.length > 0 ? expected[0] : -1)
          }
        }
      ),
      { numRuns: 300 }
    )
  })

  test('a glob listed twice is compiled once but reported at both positions', () => {
    const set = new GlobSet(['src/**', 'lib/*.py', 'src/**'])
    expect(indexed(set, 'src/a/b.py')).toEqual([0, 2])
    expect(set.first('lib/x.py')).toBe(1)
    expect(set.first('other/x.py')).toBe(-1)
    expect(set.size).toBe(3)
  })

  test('each kind of index entry matches what it should and nothing else', () => {
    const globs = ['a/b.py', 'a/**', 'a/*/c.py', '**/*.md', '**/Makefile', '{x,y}/z']
    const set = new GlobSet(globs)
    const cases: Record<string, number[]> = {
      'a/b.py': [0, 1],
      a: [1],
      'a/q/c.py': [1, 2],
      'a/q/r/c.py': [1],
      'docs/readme.md': [3],
      'a/readme.md': [1, 3],
      'build/Makefile': [4],
      'y/z': [5],
      'ab/b.py': [],
      'b.py': []
    }
    for (const [f, expected] of Object.entries(cases)) {
      expect([f, indexed(set, f)]).toEqual([f, expected])
      expect([f, indexed(set, f)]).toEqual([f, naive(globs, f)])
    }
  })

  test('an empty set matches nothing', () => {
    const set = new GlobSet([])
    expect(set.any('a')).toBe(false)
    expect(set.first('a')).toBe(-1)
  })
})

describe('globProblem', () => {
  test.each([
    'src/**',
    '**/*.md',
    './src/*.py',
    'a/{b,c}/[d-f]?.py',
    'a/@(x|y)/!(z).py',
    'a\\{b\\}',
    'a/[]]x',
    'a/[!]]'
  ])('accepts %s', g => expect(globProblem(g)).toBeUndefined())

  test.each([
    ['', /empty/],
    ['/src/**', /absolute/],
    ['~/src/**', /absolute/],
    ['D:\\src\\**', /absolute/],
    ['src/../x', /'\.\.'/],
    ['./../x', /'\.\.'/],
    ['src/./x', /'\.'/],
    ['src/', /ends with '\/'/],
    ['!src/**', /negated/],
    ['a/{b,c', /'\{'/],
    ['a/b}', /'\}'/],
    ['a/[bc', /'\['/],
    ['a/(b', /'\('/],
    ['a/b)', /'\)'/],
    ['a\\', /backslash/],
    ['a/[z-a]', /not a valid glob/]
  ])('refuses %j', (g, expected) => {
    expect(globProblem(g)).toMatch(expected)
  })
})
