import { describe, expect, it } from 'vitest';
import { cursorAtOffset, type FetchCursors } from './cursor-at-offset';

/** A connection of `size` items whose cursors are "c1"…"cN", recording every request. */
function fakeConnection(size: number) {
  const calls: { after: string | null; first: number }[] = [];
  const fetchCursors: FetchCursors = async (after, first) => {
    calls.push({ after, first });
    const start = after === null ? 0 : Number(after.slice(1));
    return Array.from({ length: Math.max(0, Math.min(first, size - start)) }, (_, i) => `c${start + i + 1}`);
  };
  return { calls, fetchCursors };
}

describe('cursorAtOffset', () => {
  it('needs no cursor for the first page', async () => {
    const { calls, fetchCursors } = fakeConnection(50);
    await expect(cursorAtOffset(0, fetchCursors, new Map())).resolves.toBeNull();
    expect(calls).toEqual([]);
  });

  it('walks in steps to the cursor of the item before the page', async () => {
    const { calls, fetchCursors } = fakeConnection(500);
    await expect(cursorAtOffset(240, fetchCursors, new Map(), 100)).resolves.toBe('c240');
    expect(calls).toEqual([
      { after: null, first: 100 },
      { after: 'c100', first: 100 },
      { after: 'c200', first: 40 },
    ]);
  });

  it('starts from the nearest cursor it already knows and remembers what it passes', async () => {
    const { calls, fetchCursors } = fakeConnection(500);
    const known = new Map([[60, 'c60']]);
    await expect(cursorAtOffset(80, fetchCursors, known, 100)).resolves.toBe('c80');
    expect(calls).toEqual([{ after: 'c60', first: 20 }]);
    await expect(cursorAtOffset(70, fetchCursors, known, 100)).resolves.toBe('c70');
    expect(calls).toHaveLength(1);
  });

  it('gives null when the list is shorter than the offset', async () => {
    const { fetchCursors } = fakeConnection(30);
    await expect(cursorAtOffset(40, fetchCursors, new Map(), 100)).resolves.toBeNull();
  });
});
