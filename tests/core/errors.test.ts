import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ClaimkitError, errorMessage, issueLines } from '../../src/core/errors.js';

const Entries = z.array(z.object({ id: z.string(), n: z.number() }));
const issues = (value: unknown) => {
  const parsed = Entries.safeParse(value);
  if (parsed.success) throw new Error('expected a zod error');
  return parsed.error;
};

describe('issueLines', () => {
  it('names each issue by its path', () => {
    expect(issueLines(issues([{ id: 1, n: 2 }, { id: 'b', n: 'x' }]))).toEqual([
      '0.id: Invalid input: expected string, received number',
      '1.n: Invalid input: expected number, received string',
    ]);
  });

  it('keeps the first `max` issues', () => {
    expect(issueLines(issues([{ id: 1, n: 2 }, { id: 'b', n: 'x' }]), 1)).toEqual(['0.id: Invalid input: expected string, received number']);
  });

  it.each([
    ['', ['Invalid input: expected array, received object']],
    ['record', ['record: Invalid input: expected array, received object']],
  ])('gives an issue with the whole value the name %j (none: the bare message)', (root, expected) => {
    expect(issueLines(issues({}), Infinity, root)).toEqual(expected);
  });
});

describe('errorMessage', () => {
  it.each([
    [new Error('disk full'), 'disk full'],
    [new ClaimkitError('E_BAD_DATE', '2024-13-01'), 'publication date is not a valid YYYY-MM-DD day: 2024-13-01'],
    ['a thrown string', 'a thrown string'],
    [42, '42'],
    [undefined, 'undefined'],
  ])('reads %j as %j', (thrown, expected) => {
    expect(errorMessage(thrown)).toBe(expected);
  });
});
