/**
 * wink-eng-lite-web-model, loaded for the two steps youfirst runs (sentences and parts of
 * speech) and nothing else. Loading is most of the tagger's start-up cost, which every
 * pre-commit run and every 1 MB file pays once:
 *
 * - the package's own loader copies its 3 MB core model through JSON.stringify and
 *   JSON.parse, then decodes the lexicon from base64 one character at a time; here the
 *   model file is parsed once, not shared with anyone, and Buffer decodes the base64;
 * - wink-nlp builds the entity, negation and sentiment automata whatever the pipe; the
 *   entity and sentiment models (575 KB of JSON) are never used here, so they are empty;
 * - the lemmatizer add-on (220 KB of exception lists) is never asked for.
 *
 * The preparation of the core model is the one the package's loader does (hash tables for
 * the feature lists, sets for the part-of-speech clusters, sizes for growth);
 * test/tagger.test.ts checks that every sentence of the evaluation set gets the same tags
 * as with the package's own loader.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import type {Model} from 'wink-nlp'

const require = createRequire(import.meta.url)
const modelDir = 'wink-eng-lite-web-model/dist/'

interface Feature {
  list: string[]
  hash?: Record<string, number>
  intrinsicSize?: number
  index?: number
  maxIndex?: number
}

interface CoreModel {
  packing: {layout: Record<string, number[]>; efList?: string[]}
  features: Record<string, Feature> & {lexeme: Feature; posClusters: {list: (string | Set<number>)[]}}
  pos: {hash: Record<string, number>}
  lexicon: string | Uint32Array
  xpansions: string | Uint32Array
}

/** Base64 to 32-bit words, in an ArrayBuffer of their own (aligned, as Uint32Array needs). */
function words(base64: string | Uint32Array): Uint32Array {
  if (typeof base64 !== 'string') return base64
  const bytes = Buffer.from(base64, 'base64')
  const buffer = new ArrayBuffer(bytes.length)
  new Uint8Array(buffer).set(bytes)
  return new Uint32Array(buffer)
}

function hashOf(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>
  for (let index = 0; index < list.length; index++) hash[list[index]!] = index
  return hash
}

function core(): CoreModel {
  const model = JSON.parse(fs.readFileSync(require.resolve(`${modelDir}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreModel
  const {packing, features} = model
  model.lexicon = words(model.lexicon)
  model.xpansions = words(model.xpansions)
  packing.efList = []
  for (const [name, layout] of Object.entries(packing.layout)) {
    if (layout[3] === 0) {
      const feature = features[name]!
      feature.hash = hashOf(feature.list)
      feature.intrinsicSize = feature.list.length
      feature.index = feature.list.length
      feature.maxIndex = layout[1]! >>> layout[2]!
    }
    if (layout[4] === 1) packing.efList.push(name)
  }
  features.lexeme.hash = hashOf(features.lexeme.list)
  features.lexeme.intrinsicSize = features.lexeme.list.length
  features.lexeme.index = features.lexeme.list.length
  const clusters = features.posClusters.list
  for (let index = 0; index < clusters.length; index++) {
    clusters[index] = new Set((clusters[index] as string).split('_').map((tag) => model.pos.hash[tag] ?? 0))
  }
  return model
}

/** An automaton that is built but never run: the pipe has no step that uses it. */
const unused = JSON.stringify([0, 0, [], [], {}, {}])

/** The model object wink-nlp expects, for a pipe of `sbd` and `pos` only. */
export function loadModel(): Model {
  const model = {
    core,
    sbd: require(`${modelDir}load-sbd-model.js`) as () => unknown,
    pos: require(`${modelDir}load-pos-model.js`) as () => unknown,
    negation: require(`${modelDir}load-negation-model.js`) as () => unknown,
    metaCER: require(`${modelDir}load-cer-meta-model.js`) as () => unknown,
    ner: () => ({machines: [], transformers: []}),
    sa: () => ({machines: [unused], setter: () => undefined}),
    featureFn: require(`${modelDir}feature.js`) as unknown,
    addons: Object.create(null) as Record<string, unknown>
  }
  return model as unknown as Model
}
