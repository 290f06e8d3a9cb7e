import { createLaterFiles } from '../data/createLaterFiles';

/**
 * The page's one loader of the later data files, beside the page like the first ones (./data/), so the
 * panel, the sources view and the downloads share each file's single fetch.
 */
export const laterFiles = createLaterFiles('./data/');
