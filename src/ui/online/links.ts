// Addresses of online matches: the invite link opens a match's join-or-watch page.
export const matchHash = (matchID: string): string => `#/online/${encodeURIComponent(matchID)}`;
export const watchHash = (matchID: string): string => `${matchHash(matchID)}/watch`;

export function inviteLink(matchID: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}${matchHash(matchID)}`;
}

export function goTo(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

/** Copies text to the clipboard; false when the browser refuses (the link is shown to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
