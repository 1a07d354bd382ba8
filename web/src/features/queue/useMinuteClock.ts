import { useEffect, useState } from 'react';

/**
 * The time of this render, re-rendering the caller once a minute so that a deadline passing
 * shows without new data.
 */
export function useMinuteClock(): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  // Read at every render rather than kept in state: rows the server has just judged overdue
  // by its own clock must show as overdue the moment they arrive, not up to a minute later.
  // eslint-disable-next-line react-hooks/purity
  return Date.now();
}
