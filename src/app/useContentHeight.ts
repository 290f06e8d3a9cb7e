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
      const observer = new ResizeObserver(([entry]) => {
        // The border box, fractions kept: a height rounded down would let the last pixel spill over.
        const height = entry?.borderBoxSize?.[0]?.blockSize ?? content.getBoundingClientRect().height;
        box.style.height = `${height}px`;
        box.classList.add(SIZED_BY_CONTENT);
      });
      observer.observe(content);
      return function stopFollowing() {
        observer.disconnect();
        box.classList.remove(SIZED_BY_CONTENT);
        box.style.height = '';
      };
    },
    [outer, inner],
  );
}
