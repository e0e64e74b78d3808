/**
 * The customer-focus score, per sentence, section, file and site. See README,
 * "Customer-focus score".
 */
export * from './score.js'
export * from './site.js'
