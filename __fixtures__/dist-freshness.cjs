// The e2e tier runs the committed bundle. Run against a dist/ older than the sources, it would test code
// that is not the code under review: fail fast and say what to do instead.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('node:fs')
const path = require('node:path')

function newest(dir) {
  let latest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const t = entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs
    if (t > latest) latest = t
  }
  return latest
}

module.exports = async function distFreshness() {
  if (process.env.SKIP_DIST_FRESHNESS === '1') return
  const root = path.join(__dirname, '..')
  const bundle = path.join(root, 'dist', 'index.js')
  if (!fs.existsSync(bundle))
    throw new Error('dist/index.js is missing: run `npm run package` before the e2e tier.')
  const built = fs.statSync(bundle).mtimeMs
  const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'tools')))
  if (sources > built + 1000) {
    throw new Error(
      'dist/ is older than src/ or tools/: the e2e tier would test a stale bundle. Run `npm run package` first ' +
        '(set SKIP_DIST_FRESHNESS=1 to run it anyway).'
    )
  }
}
