/**
 * A plain-text table for the terminal. `align` has one letter per column, `l` or `r`; by default the
 * first column is left-aligned and the others (numbers) right-aligned.
 */
export function table(header: string[], rows: string[][], align = '', indent = '  '): string[] {
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...all.map(r => (r[c] ?? '').length)))
  const left = (c: number): boolean => (align[c] ?? (c === 0 ? 'l' : 'r')) === 'l'
  const line = (r: string[]): string =>
    indent +
    r
      .map((cell, c) => (left(c) ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd()
  return [line(header), indent + widths.map(w => '─'.repeat(w)).join('  '), ...rows.map(line)]
}

/** Milliseconds with the precision their size deserves. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  if (value < 1) return value.toFixed(3)
  if (value < 10) return value.toFixed(2)
  if (value < 100) return value.toFixed(1)
  return value.toFixed(0)
}

export function ratio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : `${value.toFixed(2)}×`
}

export function bytes(value: number | undefined): string {
  if (value === undefined) return '–'
  return value >= 1e6 ? `${(value / 1e6).toFixed(2)} MB` : `${(value / 1e3).toFixed(0)} kB`
}

export function minutes(seconds: number): string {
  return `${(seconds / 60).toFixed(1)} min`
}

export function count(n: number): string {
  return n.toLocaleString('en-US')
}

export function mark(met: boolean): string {
  return met ? '✓' : '✗'
}
