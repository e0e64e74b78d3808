/**
 * wink-eng-lite-web-model, loaded for the two steps youfirst runs (sentences and parts of
 * speech) and nothing else. Loading is most of the tagger's start-up cost, which every
 * pre-commit run and every 1 MB file pays once:
 *
 * - the package's own loader copies its whole 3 MB core model through JSON.stringify and
 *   JSON.parse, then decodes the lexicon from base64 one character at a time; here only
 *   the parts that are changed or grow are copied (the feature lists and their hash
 *   tables), and Buffer decodes the base64;
 * - wink-nlp builds the entity, negation and sentiment automata whatever the pipe; the
 *   entity and sentiment models (575 KB of JSON) are never used here, so they are empty;
 * - the lemmatizer add-on (220 KB of exception lists) is never asked for.
 *
 * The preparation of the core model is the one the package's loader does (hash tables for
 * the feature lists, sets for the part-of-speech clusters, sizes for growth);
 * test/tagger.test.ts checks that every sentence of the evaluation set gets the same tags
 * as with the package's own loader.
 *
 * Every `require` names its file in a plain string, so the bundled language server
 * (scripts/package-vscode.ts) carries the model with it.
 */
import {createRequire} from 'node:module'
import type {Model} from 'wink-nlp'

const require = createRequire(import.meta.url)

interface Feature {
  /** Strings; for `posClusters`, part-of-speech names joined by `_`, made into sets here. */
  list: (string | Set<number>)[]
  hash?: Record<string, number>
  intrinsicSize?: number
  index?: number
  maxIndex?: number
}

interface CoreModel {
  packing: {layout: Record<string, number[]>; efList?: string[]}
  features: Record<string, Feature>
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

function hashOf(list: Feature['list']): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>
  for (let index = 0; index < list.length; index++) hash[list[index] as string] = index
  return hash
}

/** A feature with its own copy of the list (wink-nlp adds the words it has not seen) and a hash table. */
function grown(feature: Feature): Feature {
  const list = [...feature.list]
  return {...feature, list, hash: hashOf(list), intrinsicSize: list.length, index: list.length}
}

function core(): CoreModel {
  // The parsed file is shared through require's cache, so nothing of it is changed in place.
  const file = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as CoreModel
  const packing = {...file.packing, efList: [] as string[]}
  const features: Record<string, Feature> = {...file.features, lexeme: grown(file.features['lexeme']!)}
  for (const [name, layout] of Object.entries(packing.layout)) {
    if (layout[3] === 0) features[name] = {...grown(file.features[name]!), maxIndex: layout[1]! >>> layout[2]!}
    if (layout[4] === 1) packing.efList.push(name)
  }
  const clusters = file.features['posClusters']!
  features['posClusters'] = {
    ...clusters,
    list: clusters.list.map((cluster) => new Set((cluster as string).split('_').map((tag) => file.pos.hash[tag] ?? 0)))
  }
  return {...file, packing, features, lexicon: words(file.lexicon), xpansions: words(file.xpansions)}
}

/** An automaton that is built but never run: the pipe has no step that uses it. */
const unused = JSON.stringify([0, 0, [], [], {}, {}])

/** The model object wink-nlp expects, for a pipe of `sbd` and `pos` only. */
export function loadModel(): Model {
  const model = {
    core,
    sbd: require('wink-eng-lite-web-model/dist/load-sbd-model.js') as () => unknown,
    pos: require('wink-eng-lite-web-model/dist/load-pos-model.js') as () => unknown,
    negation: require('wink-eng-lite-web-model/dist/load-negation-model.js') as () => unknown,
    metaCER: require('wink-eng-lite-web-model/dist/load-cer-meta-model.js') as () => unknown,
    ner: () => ({machines: [], transformers: []}),
    sa: () => ({machines: [unused], setter: () => undefined}),
    featureFn: require('wink-eng-lite-web-model/dist/feature.js') as unknown,
    addons: Object.create(null) as Record<string, unknown>
  }
  return model as unknown as Model
}
