/**
 * Optional packages: those a reader needs that the default install leaves out (they are large and only some inputs
 * need them). Loading one that is missing is an input that cannot be read here, with the command that fixes it.
 */
import { InputError } from '../errors.js'

/** Whether an error is the module loader saying that this package is not installed. */
function isMissing(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false
  // Only the package itself: a dependency of it that is missing is a broken install, not an optional package.
  return typeof message === 'string' && (message.includes(`'${name}'`) || message.includes(`"${name}"`))
}

/**
 * Load an optional package.
 * @param name the package, as `npm install` names it
 * @param load its import, written out (`() => import('mammoth')`) so that bundlers see it
 * @param purpose what it is needed for, for the message (`reading Word .docx`)
 * @param file the input it is needed for, for the message
 * @returns the module
 * @throws InputError (`missing-package`) when the package is not installed
 */
export async function importOptional<T>(name: string, load: () => Promise<T>, purpose: string, file: string): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (!isMissing(error, name)) throw error
    throw new InputError('missing-package', `${file}: ${purpose} needs the package ${name}, which is not installed: npm install ${name}`)
  }
}
