/** Saves text as a file through the browser's own download of a blob: no network, no downloads permission. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
