import { useLayoutEffect, type RefObject } from 'react';

/** The class that contains the outer box's size and layout (app.css); given once the box has a height. */
const SIZED_BY_CONTENT = 'sized-by-content';

/**
 * Makes `outer` a box whose size and layout are its own (CSS size and layout containment) while it stays as
 * tall as `inner`, its one child: a ResizeObserver hands it the child's height whenever that changes, before
 * the browser paints. A max-height on `outer` still caps it (a scroller shows the rest). So a change inside
 * (the slider's thumb, the moment in words, a place's status in the list) is laid out inside the box and
 * goes no further, where otherwise the browser lays out the page around it again on every step to see
 * whether it moved: a third of a millisecond of a slider step for each of the two, measured interleaved by
 * step.
 *
 * Without a ResizeObserver the box is left as it is, in the page's flow. The class goes on only once the
 * box has its height, so the first frame is laid out once.
 */
export function useContentHeight(outer: RefObject<HTMLElement | null>, inner: RefObject<HTMLElement | null>) {
  useLayoutEffect(
    function followContentHeight() {
      const [box, content] = [outer.current, inner.current];
      if (!box || !content || typeof ResizeObserver === 'undefined') return;
      // The height last written, and the content's latest, which a box held at its max-height may not have been given.
      let written: number | null = null;
      let latest = 0;
      const write = (height: number) => {
        if (written === null) box.classList.add(SIZED_BY_CONTENT);
        written = height;
        box.style.height = `${height}px`;
      };
      const observer = new ResizeObserver(([entry]) => {
        // The border box, fractions kept: a height rounded down would let the last pixel spill over.
        latest = entry?.borderBoxSize?.[0]?.blockSize ?? content.getBoundingClientRect().height;
        // A box held at its max-height before and after (the place list's scroller, with more places than it
        // shows) keeps its size: writing the new height anyway laid the whole page out again, on a third of
        // the slider's steps at 2,000 places.
        const cap = parseFloat(getComputedStyle(box).maxHeight); // NaN for none
        if (written !== null && written >= cap && latest >= cap) return;
        write(latest);
      });
      // The max-height may follow the window's size (45vh): the box then takes the content's latest height.
      const onResize = () => {
        if (written !== null && written !== latest) write(latest);
      };
      observer.observe(content);
      window.addEventListener('resize', onResize);
      return function stopFollowing() {
        observer.disconnect();
        window.removeEventListener('resize', onResize);
        box.classList.remove(SIZED_BY_CONTENT);
        box.style.height = '';
      };
    },
    [outer, inner],
  );
}
