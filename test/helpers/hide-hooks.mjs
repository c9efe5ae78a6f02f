// Module resolution hooks (see hide-packages.mjs).
const hidden = new Set((process.env.GONGWEN_HIDE_PACKAGES ?? '').split(',').filter(Boolean))

export async function resolve(specifier, context, next) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
  if (hidden.has(name)) {
    const error = new Error(`Cannot find package '${name}' imported from ${context.parentURL}`)
    error.code = 'ERR_MODULE_NOT_FOUND'
    throw error
  }
  return next(specifier, context)
}
