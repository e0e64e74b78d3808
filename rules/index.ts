/**
 * Every rule youfirst ships, in documentation order. Adding a rule: create
 * `rules/<id>/` (index.ts, README.md, fixtures.yaml, data) and list it here.
 */
import type {RuleModule} from '../src/prose/rule.js'
import {rule as brag} from './brag/index.js'
import {rule as buzzword} from './buzzword/index.js'
import {rule as thirdPersonCustomer} from './third-person-customer/index.js'
import {rule as weFocus} from './we-focus/index.js'
import {rule as featureNoBenefit} from './feature-no-benefit/index.js'
import {rule as selfCta} from './self-cta/index.js'
import {rule as selfHeading} from './self-heading/index.js'
import {rule as readerAbsent} from './reader-absent/index.js'
import {rule as focusRatio} from './focus-ratio/index.js'

export const rules: ReadonlyArray<RuleModule<never>> = [brag as RuleModule<never>, weFocus as RuleModule<never>, featureNoBenefit as RuleModule<never>, thirdPersonCustomer as RuleModule<never>, buzzword as RuleModule<never>, selfCta as RuleModule<never>, selfHeading as RuleModule<never>, readerAbsent as RuleModule<never>, focusRatio as RuleModule<never>]
