/**
 * After a navigation inside the app, focus moves to the new page's heading (its h1), so screen
 * reader and keyboard users start where the page starts instead of at the top of the body. The
 * page may still be loading: the heading is looked for on each frame for up to two seconds.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const MAX_FRAMES = 120;

export function useHeadingFocus(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // The first page of a visit keeps the browser's own start.
    if (first.current) {
      first.current = false;
      return;
    }
    let frame = 0;
    let handle = 0;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      if (++frame < MAX_FRAMES) handle = requestAnimationFrame(focusHeading);
    };
    handle = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(handle);
  }, [pathname]);
}
