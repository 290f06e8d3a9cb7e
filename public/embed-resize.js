/*
 * claimmap embed resizer (optional). Include once on a page that embeds claimmap iframes marked
 * `data-claimmap`; each iframe then takes the height its content reports. The embed posts
 * { type: 'claimmap:height', height: <whole CSS pixels> } to its parent whenever its content changes height.
 *
 * A message is applied only to the iframe whose window sent it, and only if it came from the origin of that
 * iframe's src: no other frame or page can resize, let alone steer, anything through this script.
 * MIT licence, part of claimmap. No dependencies, no globals but one guard flag, nothing stored.
 */
(function () {
  'use strict';
  if (window.claimmapResizeInstalled) return;
  window.claimmapResizeInstalled = true;

  var MIN_HEIGHT = 120;
  // A bound against absurd values, well above a place with a hundred claims opened in a phone-wide column.
  var MAX_HEIGHT = 100000;

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-claimmap]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src'), document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'claimmap:height') return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frame = frameFor(event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
    frame.style.height = height + 'px';
  });
})();
