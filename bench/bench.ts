import { measurePlanning } from './planning-scale.js'
const t = Date.now()
const r = measurePlanning(5, l => console.log(l))
console.log(JSON.stringify({ parse: r.parse, mapping: r.mapping, worst: r.worstPerDoubling, largest: r.largestMs }, null, 1))
for (const g of r.growth) console.log(g.axis, JSON.stringify(g.from), g.factor, g.beforeMs.toFixed(3), g.afterMs.toFixed(3), g.perDoubling?.toFixed(2))
console.log('total', Date.now() - t)
