/**
 * Every rule youfirst ships, in documentation order. Adding a rule: create
 * `rules/<id>/` (index.ts, README.md, fixtures.yaml, data) and list it here.
 */
import type {RuleModule} from '../src/prose/rule.js'
import {rule as brag} from './brag/index.js'

export const rules: ReadonlyArray<RuleModule<never>> = [brag as RuleModule<never>]
