import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { clip, clipMiddle, code, link, more, safeUrl, text } from '../../../src/report/markdown.js'

const ZWJ = '\u200d'
/** Characters that would let a value turn into markup if they reached the markdown raw. */
const RAW_MARKUP = /[<>|`*_[\]\\~$"']/

/** The value with our own `<code>` tags removed, to look for anything raw left inside. */
function withoutCodeTags(rendered: string): string {
  return rendered.replace(/<\/?code>/g, '')
}

describe('text', () => {
  it('turns HTML into entities so it renders as text', () => {
    expect(text('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('keeps a pipe from splitting a table cell and flattens newlines', () => {
    expect(text('a|b\nc\r\nd')).toBe('a&#124;b c d')
  })

  it('breaks mentions and issue references with a zero-width joiner', () => {
    expect(text('ping @someone about #12')).toBe(`ping @${ZWJ}someone about #${ZWJ}12`)
    expect(text('@org/team')).not.toMatch(/@[a-z]/)
  })

  it('escapes block syntax at the start of a line (headings, lists)', () => {
    expect(text('# title')).toBe('&#35; title')
    expect(text('- item')).toBe('&#45; item')
    expect(text('1. first')).toBe('1&#46; first')
    expect(text('a-b')).toBe('a-b')
  })

  it('replaces bidi overrides and control characters', () => {
    expect(text('a\u202eb\u0000c')).toBe('a\ufffdb\ufffdc')
  })

  it('leaves no raw markup character for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), value => {
        const out = text(value)
        expect(out).not.toMatch(RAW_MARKUP)
        expect(out).not.toMatch(/[\r\n]/)
        expect(out).not.toMatch(/@(?!\u200d)/)
      })
    )
  })
})

describe('code', () => {
  it('wraps in <code> and escapes every markup character inside', () => {
    expect(code('a|b`c<d>')).toBe('<code>a&#124;b&#96;c&lt;d&gt;</code>')
  })

  it('keeps names exactly copyable: no zero-width characters', () => {
    expect(code('@someone')).toBe('<code>@someone</code>')
  })

  it('never lets content escape the element', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), value => {
        const out = code(value)
        expect(out.startsWith('<code>') && out.endsWith('</code>')).toBe(true)
        expect(withoutCodeTags(out)).not.toMatch(RAW_MARKUP)
        expect(out).not.toMatch(/\n/)
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
