/**
 * The body of an action that takes no input (acknowledging an instruction). With the global
 * whitelist, any field sent is refused as 400 instead of being silently ignored; no body at all
 * is fine.
 */
export class NoBodyDto {}
