// Pages follow the address's hash (#/rules, #/sources, #/play, #/online), so the browser's Back
// works. Online, #/online/<matchID> is a match (its invite link) and #/online/<matchID>/watch
// watches it as a spectator.
export type Page = 'start' | 'rules' | 'sources' | 'play' | 'online';

export function pageFromHash(hash: string): { page: Page; anchor?: string; watch?: boolean } {
  const [, page = '', anchor, extra] = hash.replace(/^#/, '').split('/');
  if (page === 'rules' || page === 'sources' || page === 'play') return { page, ...(anchor ? { anchor } : {}) };
  if (page === 'online') return { page, ...(anchor ? { anchor: decodeURIComponent(anchor) } : {}), ...(anchor && extra === 'watch' ? { watch: true } : {}) };
  return { page: 'start' };
}

export function hrefOf(page: Page, anchor?: string): string {
  return page === 'start' ? '#/' : `#/${page}${anchor ? `/${anchor}` : ''}`;
}

export function navigate(page: Page, anchor?: string): void {
  const hash = hrefOf(page, anchor);
  if (window.location.hash !== hash) window.location.hash = hash;
}
