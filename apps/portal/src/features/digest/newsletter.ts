/** Saves `html` as a file through the browser's download, without a round trip to the server. */
export function downloadHtml(fileName: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is let go.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Prints only the newsletter in the frame; the page's print styles are the fallback when the frame cannot print itself. */
export function printFrame(frame: HTMLIFrameElement | null): void {
  const view = frame?.contentWindow;
  try {
    if (!view) throw new Error('No newsletter to print');
    view.focus();
    view.print();
  } catch {
    window.print();
  }
}

/** "northwind-support-digest-2026-11-16.html" */
export function newsletterFileName(organizationName: string, monday: string): string {
  const slug = organizationName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug ? `${slug}-` : ''}digest-${monday}.html`;
}

/** The preview opens the newsletter's links in a new tab, out of the sandbox; what is copied or downloaded stays as the server wrote it. */
export function previewHtml(html: string): string {
  return html.replace(/<head>/i, '<head><base target="_blank">');
}
