import { useEffect } from 'react';
import { heightMessages } from '../share/embedMessages';

/**
 * Tells the page around the embed how tall the embed's content is, whenever that changes (a place's claims
 * open, the legend wraps on a narrow column), so the page can size the iframe to fit. Only heights go out,
 * to any parent ('*': a height is no secret and the host's origin is not known in advance); nothing comes in.
 */
export function usePostHeight(root: HTMLElement | null) {
  useEffect(
    function postHeightWhileMounted() {
      if (!root || window.parent === window) return;
      let last = -1;
      const post = () => {
        const messages = heightMessages(root.getBoundingClientRect().height);
        if (messages[0].height === last) return;
        last = messages[0].height;
        for (const message of messages) window.parent.postMessage(message, '*');
      };
      const observer = new ResizeObserver(post);
      observer.observe(root);
      post();
      return function stopPostingHeight() {
        observer.disconnect();
      };
    },
    [root],
  );
}
