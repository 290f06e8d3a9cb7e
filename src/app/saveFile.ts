/**
 * Hands the reader a file made in the page: a Blob behind a temporary link with `download`, so nothing is
 * uploaded or fetched and the strict Content-Security-Policy has nothing to object to.
 */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
