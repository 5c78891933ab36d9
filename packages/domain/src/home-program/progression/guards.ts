/** Whole counts: trials, minutes-per-day settings, steps. */
export function assertWholeNumber(field: string, value: number, min = 0): void {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`${field} must be a whole number of at least ${min} (got ${value})`);
}

export function assertRate(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new RangeError(`${field} must be a rate between 0 and 1 (got ${value})`);
}

export function assertWithin(field: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max)
    throw new RangeError(`${field} must be between ${min} and ${max} (got ${value})`);
}

export function assertNonNegative(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${field} must be a number of at least 0 (got ${value})`);
}
