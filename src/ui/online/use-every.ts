// Runs a refresh every so often while the page is in view: lobby lists follow people joining
// without a click, and a hidden tab asks the server nothing (it catches up when shown again).
import { useEffect, useRef } from 'react';

export function useEvery(ms: number, refresh: () => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') latest.current();
    }, ms);
    const onShow = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    document.addEventListener('visibilitychange', onShow);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onShow);
    };
  }, [ms]);
}
