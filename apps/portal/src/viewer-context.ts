import { createContext, useContext } from 'react';
import type { Viewer } from '@sme/client';

/** The signed-in member, for pages that need the organisation (read once by the auth gate). */
export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in shell');
  return viewer;
}
