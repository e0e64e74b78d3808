import {fixCorpusHalf} from './helpers/fix-corpus.js'

fixCorpusHalf(0)
