export { parse, readSource, type ParseOptions } from './parse.js'
export { InputError, type InputErrorCode } from './errors.js'
export * from './schema.js'
