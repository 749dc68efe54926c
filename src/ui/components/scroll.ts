// Shared by the lists that follow their newest line (the log, the chat).

/** Is a scrolled list within a line or two of its end? Then it keeps following new lines. */
export const nearEnd = (el: HTMLElement): boolean => el.scrollHeight - el.scrollTop - el.clientHeight < 40;
