/**
 * The package's trimmed jieba dictionary as a string, for builds that cannot read it from disk: the browser build
 * bundles it into a chunk of its own, loaded with the first metric that needs it.
 */
import dictionary from '../../../data/jieba-dict.txt'

export default dictionary
