import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { clip, clipMiddle, code, link, more, safeUrl, text } from '../../../src/report/markdown.js'

const ZWJ = '\u200d'
/** Markup characters that act wherever they stand; `text` leaves none of them unescaped. */
const ACTIVE = /[<|`*[\]~$\\]/

/** The characters `code` and `text` show as U+FFFD: controls and bidi overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** The text with every backslash escape taken out: what is left is what markdown would act on. */
function unescaped(rendered: string): string {
  return rendered.replace(/\\[!-/:-@[-`{-~]/g, '')
}

/** The content of a code span as markdown reads it: fence and one padding space each side removed. */
function spanContent(span: string): string {
  const fence = /^`+/.exec(span)![0]
  expect(span.endsWith(fence)).toBe(true)
  const inner = span.slice(fence.length, span.length - fence.length)
  // The fence must not occur inside: markdown would close the span there.
  expect(inner).not.toMatch(new RegExp(`(?<!\`)${fence}(?!\`)`))
  return inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim()
    ? inner.slice(1, -1)
    : inner
}

describe('text', () => {
  it('escapes what would turn into HTML, with a backslash that keeps the characters readable', () => {
    expect(text('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)>')
    expect(text('a & b &amp; &#x5F;')).toBe('a & b \\&amp; \\&#x5F;')
  })

  it('keeps a pipe from splitting a table cell and flattens newlines', () => {
    expect(text('a|b\nc\r\nd')).toBe('a\\|b c d')
  })

  it('breaks mentions and issue references with a zero-width joiner', () => {
    expect(text('ping @someone about #12')).toBe(`ping @${ZWJ}someone about #${ZWJ}12`)
    expect(text('@org/team')).not.toMatch(/@[a-z]/)
  })

  it('escapes block syntax at the start of a line (headings, lists, quotes)', () => {
    expect(text('# title')).toBe('\\# title')
    expect(text('- item')).toBe('\\- item')
    expect(text('> quote')).toBe('\\> quote')
    expect(text('1. first')).toBe('1\\. first')
    expect(text('a-b > c')).toBe('a-b > c')
  })

  it('escapes emphasis, code, links, strike and math characters', () => {
    expect(text('*a* `b` [c](d) ~~e~~ $f$ \\g')).toBe(
      '\\*a\\* \\`b\\` \\[c\\](d) \\~\\~e\\~\\~ \\$f\\$ \\\\g'
    )
  })

  it('leaves underscores inside words alone (they cannot emphasise) and escapes the others', () => {
    expect(text('snake_case_name')).toBe('snake_case_name')
    expect(text('_private __init__.py a_')).toBe('\\_private \\_\\_init\\_\\_.py a\\_')
  })

  it('keeps token-like values character for character, so masking and secret scanning still see them', () => {
    for (const value of [
      'ghp_abcDEF123',
      'github_pat_11ABC_def',
      'AKIAABCDEFGHIJKLMNOP',
      'model.tar.gz',
      'a/b-c.py'
    ]) {
      expect(text(value)).toBe(value)
    }
    expect(text('ghp_x')).not.toContain('&#')
  })

  it('replaces bidi overrides and control characters', () => {
    expect(text('a\u202eb\u0000c')).toBe('a\ufffdb\ufffdc')
  })

  it('leaves no active markup character unescaped for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), value => {
        const out = text(value)
        const markup = unescaped(out)
        expect(markup).not.toMatch(ACTIVE)
        expect(markup).not.toMatch(/&[#A-Za-z0-9]/)
        // An underscore left bare sits between two letters or digits.
        expect(markup).not.toMatch(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u)
        expect(markup).not.toMatch(/^[#+=>-]|^\d+[.)]/)
        expect(out).not.toMatch(/[\r\n\u2028\u2029]/)
        expect(out).not.toMatch(/@(?!\u200d)/)
      })
    )
  })
})

describe('code', () => {
  it('is a backtick code span holding the name as it is', () => {
    expect(code('Abalone-Train')).toBe('`Abalone-Train`')
    expect(code('<img src=x>')).toBe('`<img src=x>`')
    expect(code('ghp_abc*def')).toBe('`ghp_abc*def`')
  })

  it('uses a fence longer than any backtick run inside, padded where markdown would eat an edge', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('``x```')).toBe('```` ``x``` ````')
    expect(code(' lead')).toBe('`  lead `')
    expect(code('')).toBe('` `')
  })

  it('escapes a pipe only in a table cell, where GitHub reads \\| as | inside code too', () => {
    expect(code('a|b', 'table')).toBe('`a\\|b`')
    expect(code('a|b')).toBe('`a|b`')
  })

  it('keeps names exactly copyable: no zero-width characters, no entities', () => {
    expect(code('@someone #12')).toBe('`@someone #12`')
  })

  it('reads back as the value (newlines shown as ↵, controls as �) for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), value => {
        const out = code(value)
        expect(out).not.toMatch(/[\r\n]/)
        const expected = value.replace(/\r\n|\r|\n|\u2028|\u2029/g, '↵').replace(CONTROLS, '\ufffd')
        expect(spanContent(out)).toBe(expected.length === 0 ? ' ' : expected)
      })
    )
  })
})

describe('clip', () => {
  it('keeps short values and shortens long ones with an ellipsis', () => {
    expect(clip('abc', 3)).toBe('abc')
    expect(clip('abcdef', 4)).toBe('abc…')
  })

  it('never splits a surrogate pair', () => {
    const out = clip('ab😀cd', 4)
    expect(out).toBe('ab…')
    expect(out.length).toBeLessThanOrEqual(4)
  })
})

describe('clipMiddle', () => {
  it('keeps the start and the end of a long path', () => {
    expect(clipMiddle('src/deep/deep/deep/train.py', 15)).toBe('src/dee…rain.py')
    expect(clipMiddle('short', 15)).toBe('short')
  })

  it('never splits a surrogate pair and never exceeds the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 3, max: 30 }),
        (value, max) => {
          const out = clipMiddle(value, max)
          expect(out.length).toBeLessThanOrEqual(max)
          expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
        }
      )
    )
  })
})

describe('links', () => {
  it('refuses non-http URLs and encodes characters that would end the destination', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('not a url')).toBeUndefined()
    expect(safeUrl(`https://x.test/${'a'.repeat(5000)}`)).toBeUndefined()
    expect(safeUrl('https://x.test/a(b)|c')).toBe('https://x.test/a%28b%29%7Cc')
    expect(link('label', 'javascript:alert(1)')).toBe('label')
    expect(link('label', 'https://x.test/')).toBe('[label](https://x.test/)')
  })
})

describe('more', () => {
  it('says how many were left out, or nothing', () => {
    expect(more(0)).toBe('')
    expect(more(1234, 'files')).toBe('…and 1,234 more files')
  })
})
