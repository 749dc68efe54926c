// Runs a refresh every so often while the page is in view: lobby lists follow people joining
// without a click, and a hidden tab asks the server nothing.
import { useEffect, useRef } from 'react';

export function useEvery(ms: number, refresh: () => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') latest.current();
    }, ms);
    return () => clearInterval(timer);
  }, [ms]);
}
