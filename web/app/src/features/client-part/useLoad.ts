/** Loads when `key` changes (and again on `reload`); the state of a client page's data. */
import { useEffect, useRef, useState } from 'react';

export function useLoad<T>(load: () => Promise<T>, key: string): { data: T | null; error: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState(false);
  const [turn, setTurn] = useState(0);
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });
  useEffect(() => {
    let live = true;
    loader.current().then(
      (d) => {
        if (live) {
          setData(d);
          setError(false);
        }
      },
      () => {
        if (live) setError(true);
      },
    );
    return () => {
      live = false;
    };
  }, [key, turn]);
  return { data, error, reload: () => setTurn((n) => n + 1) };
}
