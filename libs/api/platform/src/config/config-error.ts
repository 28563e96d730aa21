/** A setting that cannot work; the process refuses to start with the message. */
export class ConfigError extends Error {}
