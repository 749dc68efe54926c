// While the start page is read, fetch what the table needs (its code, the map's code and data),
// so that "Play" shows the map at once. Idle time only; a failure here costs nothing: the table
// loads them again when it opens.
export function warmUpTable(): () => void {
  const run = () => {
    void import('./components/Table').catch(() => {});
    void import('../render').then((render) => render.preloadMap()).catch(() => {});
  };
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(run, 200);
  return () => window.clearTimeout(timer);
}
