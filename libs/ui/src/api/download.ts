/**
 * Hands a signed download link (a project's results, a person's own data) to the browser, which
 * downloads the file as it streams and saves it to disk (the API answers with `attachment`), whatever
 * its size: nothing is held in the page's memory.
 */
export function startDownload(url: string, doc: Document = document): void {
  const link = doc.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
}
