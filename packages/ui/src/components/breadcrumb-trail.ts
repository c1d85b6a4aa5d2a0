import type { Crumb } from './page-frame';

/** The trail a page shows before its own title: no step twice in a row, and no last step that is
 * the page itself (its title closes the trail already), so "抽查 / 2026年抽查 / 2026年抽查" reads once. */
export function breadcrumbTrail(crumbs: readonly Crumb[], title: unknown): Crumb[] {
  const trail: Crumb[] = [];
  for (const crumb of crumbs) {
    const previous = trail[trail.length - 1];
    if (previous && previous.title === crumb.title) {
      // keep the linked one of two equal steps
      if (!previous.to && crumb.to) trail[trail.length - 1] = crumb;
      continue;
    }
    trail.push(crumb);
  }
  while (trail.length > 0 && typeof title === 'string' && trail[trail.length - 1]!.title === title) trail.pop();
  return trail;
}
