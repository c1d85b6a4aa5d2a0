import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, currentAfter, nextPage, pageCount, pageNumber, previousPage } from './cursor-pages';

describe('cursor pages', () => {
  it('starts on page 1 with no cursor', () => {
    expect(currentAfter(FIRST_PAGE)).toBeNull();
    expect(pageNumber(FIRST_PAGE)).toBe(1);
  });

  it('goes forward with endCursor and back to the cursor it came from', () => {
    const page2 = nextPage(FIRST_PAGE, 'c20');
    const page3 = nextPage(page2, 'c40');
    expect([pageNumber(page3), currentAfter(page3)]).toEqual([3, 'c40']);
    expect(currentAfter(previousPage(page3))).toBe('c20');
    expect(currentAfter(previousPage(previousPage(page3)))).toBeNull();
    expect(page2).toEqual({ afters: [null, 'c20'] });
  });

  it('stays put without a cursor or before page 1', () => {
    expect(nextPage(FIRST_PAGE, null)).toBe(FIRST_PAGE);
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE);
  });

  it('counts at least one page', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});
