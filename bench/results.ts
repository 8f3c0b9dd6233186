import type { ColdStartResult } from './cold-start.js'
import type { MinimalResult } from './minimal.js'
import type { PlanningResult } from './planning-scale.js'
import type { ScenarioResult } from './scenarios.js'

/** What one bench run measured: printed as tables, written as bench/results.json. */
export interface Results {
  mode: 'full' | 'quick'
  startedAt: string
  seconds: number
  /** Wall seconds per section (the bare bundle's build overlaps the scenarios). */
  sectionSeconds: Record<string, number>
  node: string
  platform: string
  cpus: number
  coldStart?: ColdStartResult
  planning?: PlanningResult
  scenarios?: ScenarioResult[]
  minimal?: MinimalResult
  goals: Goal[]
}

export interface Goal {
  name: string
  /** The goal as stated in issue 6, e.g. `≤ 1.1×`. */
  goal: string
  value: string
  /** Undefined when it could not be measured (a scenario the action does not support yet). */
  met?: boolean
  /** Missed by more than noise could explain: the bench exits 1 (CI runs the quick mode). */
  badlyMissed: boolean
  /** Where "badly" starts. */
  limit: string
  note?: string
}
