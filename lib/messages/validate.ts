/** Small validators for message payloads: each returns the value or throws a readable reason. */

export class InvalidField extends Error {}

export function str(
  raw: Record<string, unknown>,
  key: string,
  opts: { max?: number; optional?: false },
): string;
export function str(
  raw: Record<string, unknown>,
  key: string,
  opts: { max?: number; optional: true },
): string | undefined;
export function str(
  raw: Record<string, unknown>,
  key: string,
  opts: { max?: number; optional?: boolean } = {},
): string | undefined {
  const value = raw[key];
  if (value === undefined && opts.optional) return undefined;
  if (typeof value !== 'string') throw new InvalidField(`"${key}" must be a string`);
  if (opts.max !== undefined && value.length > opts.max) {
    throw new InvalidField(`"${key}" is longer than ${opts.max} characters`);
  }
  return value;
}

export function int(
  raw: Record<string, unknown>,
  key: string,
  opts: { min?: number; max?: number; optional?: boolean } = {},
): number | undefined {
  const value = raw[key];
  if (value === undefined && opts.optional) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new InvalidField(`"${key}" must be an integer`);
  if (opts.min !== undefined && value < opts.min) throw new InvalidField(`"${key}" must be ≥ ${opts.min}`);
  if (opts.max !== undefined && value > opts.max) throw new InvalidField(`"${key}" must be ≤ ${opts.max}`);
  return value;
}

/** Runs a validator body, turning InvalidField into the router's string form. */
export function validating<T>(body: () => T): T | string {
  try {
    return body();
  } catch (error) {
    if (error instanceof InvalidField) return error.message;
    throw error;
  }
}
