/**
 * Copies text for the reader: the Clipboard API where the page may use it, else the selection and
 * execCommand (an iframe without clipboard permission, an older browser). Resolves true when copied.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    // The deprecated command is the only synchronous fallback; it is used only where the API is refused.
    return document.execCommand('copy');
  }
}
