import {fixCorpusHalf} from './helpers/fix-corpus.js'

fixCorpusHalf(1)
