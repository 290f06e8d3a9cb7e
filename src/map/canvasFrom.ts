/**
 * From this many places on, outlines are drawn on one canvas instead of as SVG paths. Measured with the
 * benchmark's generated sets in Chromium without a GPU (README, Speed and size): at 2,000 places the canvas
 * made a slider step slower, since each changed frame hands the whole canvas to the compositor (about 15 ms
 * here) where SVG repaints only what changed; at 20,000 it loaded in 5.3 s instead of 7.0 s, with 20,000
 * fewer elements in the page and steps as fast. Below it SVG stays: each path is an element, which print,
 * zoom and the tests can see.
 */
export const CANVAS_FROM = 10000;
