// Pages follow the address's hash (#/rules, #/sources, #/play), so the browser's Back works.
export type Page = 'start' | 'rules' | 'sources' | 'play';

export function pageFromHash(hash: string): { page: Page; anchor?: string } {
  const [, page = '', anchor] = hash.replace(/^#/, '').split('/');
  if (page === 'rules' || page === 'sources' || page === 'play') return { page, ...(anchor ? { anchor } : {}) };
  return { page: 'start' };
}

export function hrefOf(page: Page, anchor?: string): string {
  return page === 'start' ? '#/' : `#/${page}${anchor ? `/${anchor}` : ''}`;
}

export function navigate(page: Page, anchor?: string): void {
  const hash = hrefOf(page, anchor);
  if (window.location.hash !== hash) window.location.hash = hash;
}
