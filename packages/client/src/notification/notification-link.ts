/** Where a notice's link leads from a front end mounted at `basename` ('' for the portal,
 * '/admin' for the console): a path inside this app (client-side navigation) or a full URL path
 * of the other app (a page load). Console links start with /admin; every other link is the portal's. */
export function notificationTarget(link: string, basename: string): { inApp: string } | { page: string } {
  const inConsole = link === '/admin' || link.startsWith('/admin/');
  if (basename === '/admin') return inConsole ? { inApp: link.slice('/admin'.length) || '/' } : { page: link };
  return inConsole ? { page: link } : { inApp: link };
}
