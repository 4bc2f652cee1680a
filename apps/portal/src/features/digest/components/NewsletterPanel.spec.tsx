import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewsletterPanel } from './NewsletterPanel';

const HTML =
  '<!DOCTYPE html><html lang="en"><head><title>Digest</title></head><body><p>A good week</p><a href="https://laurels.example/feed">See all</a></body></html>';

function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

describe('NewsletterPanel', () => {
  it('previews the newsletter in a sandbox where no script runs and links open in a new tab', () => {
    render(<NewsletterPanel html={HTML} fileName="digest-2026-11-16.html" />);
    const frame = screen.getByTitle('Newsletter preview');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    expect(frame.getAttribute('srcdoc')).toContain('<head><base target="_blank"><title>Digest</title>');
  });

  it('copies the HTML as the server wrote it and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    render(<NewsletterPanel html={HTML} fileName="digest-2026-11-16.html" />);
    await user.click(screen.getByRole('button', { name: 'Copy HTML' }));
    expect(writeText).toHaveBeenCalledWith(HTML);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Copied the newsletter’s HTML to the clipboard.');
  });

  it('selects the HTML for copying by hand when the browser has no clipboard', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    render(<NewsletterPanel html={HTML} fileName="digest-2026-11-16.html" />);
    await user.click(screen.getByRole('button', { name: 'Copy HTML' }));
    expect(await screen.findByText(/would not let Laurels copy/)).toBeInTheDocument();
    const source = screen.getByRole('textbox', { name: 'The newsletter’s HTML' });
    expect(source).toHaveValue(HTML);
    expect(source).toHaveFocus();
  });

  it('also falls back when the browser refuses to copy', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    render(<NewsletterPanel html={HTML} fileName="digest-2026-11-16.html" />);
    await user.click(screen.getByRole('button', { name: 'Copy HTML' }));
    expect(await screen.findByRole('textbox', { name: 'The newsletter’s HTML' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy HTML' })).toBeInTheDocument();
  });

  it('downloads the newsletter as an .html file', async () => {
    const createObjectURL = vi.fn(() => 'blob:digest');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('digest-2026-11-16.html');
      expect(this.href).toBe('blob:digest');
    });
    render(<NewsletterPanel html={HTML} fileName="digest-2026-11-16.html" />);
    await userEvent.click(screen.getByRole('button', { name: 'Download .html' }));
    expect(click).toHaveBeenCalledTimes(1);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('text/html;charset=utf-8');
    expect(await blob.text()).toBe(HTML);
    click.mockRestore();
  });

  it('prints the newsletter’s own window, not the page around it', async () => {
    render(<NewsletterPanel html={HTML} fileName="digest-2026-11-16.html" />);
    const frame = screen.getByTitle('Newsletter preview') as HTMLIFrameElement;
    const framePrint = vi.fn();
    const pagePrint = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    frame.contentWindow!.print = framePrint;
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(framePrint).toHaveBeenCalledTimes(1);
    expect(pagePrint).not.toHaveBeenCalled();
    pagePrint.mockRestore();
  });
});
